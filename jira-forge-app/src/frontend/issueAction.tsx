import React, { useEffect, useState } from 'react';
import ForgeReconciler, {
  Button,
  Checkbox,
  ErrorMessage,
  Form,
  FormFooter,
  Label,
  Lozenge,
  SectionMessage,
  Select,
  Spinner,
  Stack,
  Text,
  Textfield,
} from '@forge/react';
import { view } from '@forge/bridge';
import type { StartForm } from '../resolvers/issueResolvers';
import type { VerificationView } from '../resolvers/toVerificationView';
import { invokeResolver } from './invokeResolver';
import { statusAppearance } from './statusAppearance';

/** The "Verify identity" modal: Link, channels and the reporter prefilled; starts the verification. */
const VerifyIdentity = () => {
  const [form, setForm] = useState<StartForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [linkId, setLinkId] = useState<string>('');
  const [channels, setChannels] = useState<{ email: boolean; sms: boolean }>({ email: true, sms: false });
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<VerificationView | null>(null);
  // One id per opening of the modal: a double click creates one verification.
  const [requestId] = useState(() => `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`);

  useEffect(() => {
    void invokeResolver<StartForm>('getStartForm').then((outcome) => {
      if (!outcome.ok) return setError(outcome.error.message);
      setForm(outcome.data);
      setLinkId(outcome.data.defaultLinkId ?? outcome.data.links[0]?.id ?? '');
      setEmail(outcome.data.reporter?.email ?? '');
    });
  }, []);

  const submit = async () => {
    setBusy(true);
    setError(null);
    const chosen = (['email', 'sms'] as const).filter((c) => channels[c]);
    const outcome = await invokeResolver<VerificationView>('startVerification', {
      linkId,
      channels: chosen,
      employeeEmail: email,
      reason,
      requestId,
    });
    setBusy(false);
    if (outcome.ok) setStarted(outcome.data);
    else setError(outcome.error.message);
  };

  if (started) {
    return (
      <Stack space="space.150">
        <SectionMessage appearance="success" title="Verification link sent">
          <Text>{started.headline}</Text>
          <Text>Match code: {started.verification.match_code} (the employee sees the same code)</Text>
        </SectionMessage>
        <Lozenge appearance={statusAppearance(started.verification.status)}>{started.verification.status}</Lozenge>
        <Button onClick={() => void view.close()}>Close</Button>
      </Stack>
    );
  }
  if (!form)
    return error ? (
      <SectionMessage appearance="error">
        <Text>{error}</Text>
      </SectionMessage>
    ) : (
      <Spinner label="Loading" />
    );

  const options = form.links.map((link) => ({ label: link.name, value: link.id }));
  return (
    <Form onSubmit={() => void submit()}>
      <Stack space="space.100">
        <Text>
          Send {form.reporter?.name ?? 'the employee'} a one-time link to prove who they are before you act on{' '}
          {form.issueKey}.
        </Text>
        <Label labelFor="hv-link">Link (verification policy)</Label>
        <Select
          inputId="hv-link"
          options={options}
          value={options.find((o) => o.value === linkId)}
          onChange={(option: { value: string }) => setLinkId(option.value)}
        />
        <Label labelFor="hv-email">Employee email</Label>
        <Textfield id="hv-email" value={email} onChange={(e) => setEmail(String(e.target.value ?? ''))} />
        <Checkbox
          label="Email"
          isChecked={channels.email}
          onChange={() => setChannels({ ...channels, email: !channels.email })}
        />
        <Checkbox
          label="SMS"
          isChecked={channels.sms}
          onChange={() => setChannels({ ...channels, sms: !channels.sms })}
        />
        <Label labelFor="hv-reason">Reason (shown to the employee)</Label>
        <Textfield id="hv-reason" value={reason} onChange={(e) => setReason(String(e.target.value ?? ''))} />
        {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      </Stack>
      <FormFooter>
        <Button appearance="primary" type="submit" isDisabled={busy || linkId === '' || email === ''}>
          Verify identity
        </Button>
      </FormFooter>
    </Form>
  );
};

ForgeReconciler.render(
  <React.StrictMode>
    <VerifyIdentity />
  </React.StrictMode>,
);
