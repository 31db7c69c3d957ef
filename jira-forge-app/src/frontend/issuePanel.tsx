import React, { useCallback, useEffect, useState } from 'react';
import ForgeReconciler, {
  Button,
  ButtonGroup,
  DynamicTable,
  Heading,
  Inline,
  Lozenge,
  SectionMessage,
  Spinner,
  Stack,
  Text,
} from '@forge/react';
import type { VerificationView } from '../resolvers/toVerificationView';
import { invokeResolver } from './invokeResolver';
import { statusAppearance } from './statusAppearance';

const POLL_MS = 5_000;

/** The issue panel: the latest verification live (status, proofs, risk score and reasons), history, resend and cancel. */
const VerificationPanel = () => {
  const [views, setViews] = useState<VerificationView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const outcome = await invokeResolver<VerificationView[]>('listVerifications');
    if (outcome.ok) {
      setViews(outcome.data);
      setError(null);
    } else setError(outcome.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // Poll while the latest verification is still running; stop once it ended.
  const running = views?.[0] !== undefined && !views[0].terminal;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, load]);

  const act = async (name: 'resendVerification' | 'cancelVerification', verificationId: string) => {
    setBusy(true);
    const outcome = await invokeResolver<VerificationView>(name, { verificationId });
    setBusy(false);
    if (!outcome.ok) setError(outcome.error.message);
    await load();
  };

  if (views === null)
    return error ? (
      <SectionMessage appearance="error">
        <Text>{error}</Text>
      </SectionMessage>
    ) : (
      <Spinner label="Loading" />
    );
  const [latest, ...older] = views;
  if (!latest) return <Text>No identity verification yet. Use "Verify identity" in the issue's actions.</Text>;
  const v = latest.verification;

  return (
    <Stack space="space.150">
      <Inline space="space.100" alignBlock="center">
        <Lozenge appearance={statusAppearance(v.status)}>{v.status}</Lozenge>
        <Text>Match code {v.match_code}</Text>
      </Inline>
      <Text>{latest.headline}</Text>
      {v.outcome_reason ? <Text>Reason: {v.outcome_reason}</Text> : null}
      <Heading size="small">Proofs</Heading>
      <DynamicTable
        head={{
          cells: [
            { key: 'proof', content: 'Proof' },
            { key: 'status', content: 'Status' },
            { key: 'assurance', content: 'Assurance' },
          ],
        }}
        rows={v.proofs.map((p) => ({
          key: p.type,
          cells: [
            { key: 'proof', content: `${p.type}${p.required ? '' : ' (optional)'}` },
            { key: 'status', content: p.status },
            { key: 'assurance', content: p.assurance ?? '—' },
          ],
        }))}
      />
      {v.risk ? (
        <Stack space="space.050">
          <Heading size="small">Risk score {v.risk.score}/100</Heading>
          {v.risk.reasons.map((r) => (
            <Text key={r.code}>
              +{r.weight} {r.message}
            </Text>
          ))}
        </Stack>
      ) : null}
      {!latest.terminal ? (
        <ButtonGroup>
          <Button isDisabled={busy} onClick={() => void act('resendVerification', v.id)}>
            Resend link
          </Button>
          <Button appearance="warning" isDisabled={busy} onClick={() => void act('cancelVerification', v.id)}>
            Cancel
          </Button>
        </ButtonGroup>
      ) : null}
      {error ? (
        <SectionMessage appearance="error">
          <Text>{error}</Text>
        </SectionMessage>
      ) : null}
      <Heading size="small">History</Heading>
      <DynamicTable
        head={{
          cells: [
            { key: 'when', content: 'When' },
            { key: 'event', content: 'Event' },
          ],
        }}
        rows={[...v.timeline].reverse().map((t, i) => ({
          key: `t${i}`,
          cells: [
            { key: 'when', content: t.at },
            { key: 'event', content: t.detail ? `${t.status}: ${t.detail}` : t.status },
          ],
        }))}
      />
      {older.length > 0 ? (
        <DynamicTable
          caption="Earlier verifications"
          head={{
            cells: [
              { key: 'created', content: 'Started' },
              { key: 'status', content: 'Status' },
              { key: 'agent', content: 'Agent' },
            ],
          }}
          rows={older.map((o) => ({
            key: o.verification.id,
            cells: [
              { key: 'created', content: o.verification.created_at },
              {
                key: 'status',
                content: (
                  <Lozenge appearance={statusAppearance(o.verification.status)}>{o.verification.status}</Lozenge>
                ),
              },
              { key: 'agent', content: o.verification.agent.name },
            ],
          }))}
        />
      ) : null}
    </Stack>
  );
};

ForgeReconciler.render(
  <React.StrictMode>
    <VerificationPanel />
  </React.StrictMode>,
);
