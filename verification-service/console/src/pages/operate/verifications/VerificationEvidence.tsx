import type { Verification } from '@helpdesk-verify/core-client/schemas';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../components/formatDateTime';

/** What the verification established: timeline, proofs, risk, device, location and the messages sent. */
export function VerificationEvidence({ verification: v }: { verification: Verification }) {
  return (
    <div class="detail-grid">
      <section class="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <ol class="timeline">
          {v.timeline.map((event, i) => (
            <li key={`${event.at}-${i}`}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <strong>{event.status.replace('_', ' ')}</strong>
              {event.detail && <span> — {event.detail}</span>}
            </li>
          ))}
        </ol>
      </section>
      <section class="card" aria-labelledby="risk-title">
        <h2 id="risk-title">Risk</h2>
        {v.risk ? (
          <>
            <p>
              Score <strong>{v.risk.score}</strong> of 100
            </p>
            {v.risk.reasons.length === 0 ? (
              <p class="muted">No risk signals.</p>
            ) : (
              <ul>
                {v.risk.reasons.map((r) => (
                  <li key={r.code}>
                    {r.message} <span class="muted small">(+{r.weight})</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p class="muted">Scored when the verification ends.</p>
        )}
      </section>
      <section class="card card-wide" aria-labelledby="proofs-title">
        <h2 id="proofs-title">Proofs</h2>
        <TableScroll label="Proofs table">
          <table>
            <thead>
              <tr>
                <th scope="col">Proof</th>
                <th scope="col">Result</th>
                <th scope="col">Assurance</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {v.proofs.map((p) => (
                <tr key={p.type}>
                  <td>
                    {p.type.replace(/_/g, ' ')}
                    {!p.required && <span class="muted small"> (optional)</span>}
                    {p.detail && <div class="muted small">{p.detail}</div>}
                  </td>
                  <td>{p.status}</td>
                  <td>{p.assurance ?? '—'}</td>
                  <td>{p.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section class="card" aria-labelledby="device-title">
        <h2 id="device-title">Device and location</h2>
        <dl class="facts">
          <dt>Browser</dt>
          <dd>{v.device?.user_agent ?? '—'}</dd>
          <dt>Passkey</dt>
          <dd>{v.device?.attestation ?? '—'}</dd>
          <dt>New device</dt>
          <dd>{yesNo(v.device?.new_device)}</dd>
          <dt>Same browser as link</dt>
          <dd>{yesNo(v.device?.same_device_as_link)}</dd>
          <dt>Location</dt>
          <dd>{v.location ? [v.location.region, v.location.country].filter(Boolean).join(', ') || '—' : '—'}</dd>
          <dt>Located by</dt>
          <dd>
            {v.location?.source === 'browser'
              ? 'browser (employee consented)'
              : v.location?.source === 'ip'
                ? 'IP address'
                : '—'}
          </dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="messages-title">
        <h2 id="messages-title">Messages</h2>
        {v.deliveries.length === 0 ? (
          <p class="muted">No message was sent.</p>
        ) : (
          <ul>
            {v.deliveries.map((d, i) => (
              <li key={`${d.sent_at}-${i}`} data-delivery-status={d.status}>
                {d.channel === 'sms' ? 'SMS' : 'Email'} to {d.contact} contact {d.destination}: {d.status}
                {d.error && ` (${d.error})`} <span class="muted small">{formatDateTime(d.sent_at)}</span>
                {d.next_attempt_at && <div class="muted small">next try {formatDateTime(d.next_attempt_at)}</div>}
                {d.attempts && d.attempts.length > 1 && (
                  <details>
                    <summary>{d.attempts.length} attempts</summary>
                    <ol class="attempts">
                      {d.attempts.map((a, j) => (
                        <li key={j}>
                          {formatDateTime(a.attempted_at)}: {a.error ?? 'sent'}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const yesNo = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : '—');
