import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../components/formatDateTime';
import { AuditRow } from '../audit/AuditLogPage';

/**
 * The webhook deliveries a verification caused and its audit entries (admin and auditor: they need
 * the admin:read and audit:read scopes). `version` changes when the verification does, to re-read.
 */
export function VerificationRecords({ id, version }: { id: string; version: string }) {
  const deliveries = useLoad(
    () => api.listVerificationDeliveries({ params: { id }, query: { limit: 50 } }),
    [id, version],
  );
  const audit = useLoad(
    () => api.listAuditLog({ query: { target_type: 'verification', target_id: id, limit: 100 } }),
    [id, version],
  );
  return (
    <>
      <section class="card" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">Webhook deliveries</h2>
        {deliveries.status === 'loading' && <p>Loading…</p>}
        {deliveries.status === 'error' && <ErrorNotice error={deliveries.error} />}
        {deliveries.status === 'ready' &&
          (deliveries.data.data.length === 0 ? (
            <p class="muted">No webhook event yet (events are sent when the verification ends).</p>
          ) : (
            <TableScroll label="Webhook deliveries table">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Event</th>
                    <th scope="col">Endpoint</th>
                    <th scope="col">Status</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {deliveries.data.data.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <code>{d.event_type}</code>
                      </td>
                      <td>
                        <code>{d.endpoint_id}</code>
                      </td>
                      <td>
                        {d.status}
                        {d.next_attempt_at && (
                          <div class="muted small">next try {formatDateTime(d.next_attempt_at)}</div>
                        )}
                      </td>
                      <td>{d.attempt_count}</td>
                      <td>{formatDateTime(d.created_at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))}
      </section>
      <section class="card" aria-labelledby="audit-title">
        <h2 id="audit-title">Audit entries</h2>
        {audit.status === 'loading' && <p>Loading…</p>}
        {audit.status === 'error' && <ErrorNotice error={audit.error} />}
        {audit.status === 'ready' &&
          (audit.data.data.length === 0 ? (
            <p class="muted">No audit entry.</p>
          ) : (
            <TableScroll label="Audit entries table">
              <table>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">When</th>
                    <th scope="col">Actor</th>
                    <th scope="col">Action</th>
                    <th scope="col">Target</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {audit.data.data.map((e) => (
                    <AuditRow key={e.seq} entry={e} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))}
      </section>
    </>
  );
}
