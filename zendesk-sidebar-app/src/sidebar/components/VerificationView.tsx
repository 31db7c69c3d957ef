import type { Ref } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import { TERMINAL_STATUSES, type Verification } from '@helpdesk-verify/core-client/schemas';
import { deliveryText } from '../deliveryText';
import { EVENT_LABELS, PROOF_LABELS, STATUS_LABELS } from '../statusLabels';

/** Props of {@link VerificationView}. */
export interface VerificationViewProps {
  verification: Verification;
  onResend(): void;
  onCancel(): void;
  busy: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The live status of one verification: status, match code, proofs, risk, timeline, resend and cancel. */
export const VerificationView = ({ verification: v, onResend, onCancel, busy, headingRef }: VerificationViewProps) => {
  const status = STATUS_LABELS[v.status];
  const open = !TERMINAL_STATUSES.includes(v.status);
  return (
    <section aria-labelledby="hv-current" data-testid="verification" data-status={v.status}>
      <h2 id="hv-current" tabIndex={-1} ref={headingRef} style={{ fontSize: 14, margin: '12px 0 4px' }}>
        Verification{' '}
        <Tag hue={status.hue} data-testid="status">
          {status.label}
        </Tag>
      </h2>
      <div aria-live="polite" data-testid="status-text">
        <SM>
          {v.employee.display_name} · match code <strong data-testid="match-code">{v.match_code}</strong>
        </SM>
        {v.outcome_reason && <SM data-testid="outcome-reason">{v.outcome_reason}</SM>}
      </div>
      {v.deliveries.length > 0 && (
        <ul aria-label="Sent to" style={{ margin: '4px 0', paddingLeft: 16 }}>
          {v.deliveries.map((d, i) => (
            <li key={i}>
              <SM>
                {d.channel === 'sms' ? 'SMS' : 'Email'} to {d.destination} ({d.contact}) — {deliveryText(d)}
              </SM>
            </li>
          ))}
        </ul>
      )}
      <MD isBold>Proofs</MD>
      <ul data-testid="proofs" style={{ margin: '4px 0', paddingLeft: 16 }}>
        {v.proofs.map((p) => (
          <li key={p.type}>
            <SM>
              {PROOF_LABELS[p.type] ?? p.type}
              {p.required ? '' : ' (optional)'}: {p.status}
              {p.assurance ? `, ${p.assurance} assurance` : ''}
              {p.detail ? ` — ${p.detail}` : ''}
            </SM>
          </li>
        ))}
      </ul>
      {v.risk && (
        <div data-testid="risk">
          <MD isBold>Risk score {v.risk.score}/100</MD>
          <ul style={{ margin: '4px 0', paddingLeft: 16 }}>
            {v.risk.reasons.map((r) => (
              <li key={r.code}>
                <SM>
                  {r.message} (+{r.weight})
                </SM>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>
          <SM tag="span">Timeline</SM>
        </summary>
        <ol style={{ margin: '4px 0', paddingLeft: 16 }}>
          {v.timeline.map((e, i) => (
            <li key={i}>
              <SM>
                {time(e.at)} {EVENT_LABELS[e.status] ?? e.status}
                {e.detail ? `: ${e.detail}` : ''}
              </SM>
            </li>
          ))}
        </ol>
      </details>
      {open && (
        <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
          <Button size="small" onClick={onResend} disabled={busy} data-testid="resend">
            Resend link
          </Button>
          <Button size="small" isDanger onClick={onCancel} disabled={busy} data-testid="cancel">
            Cancel
          </Button>
        </div>
      )}
    </section>
  );
};
