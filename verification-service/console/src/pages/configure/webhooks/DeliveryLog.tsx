import { useState } from 'preact/hooks';
import { WebhookDeliveryStatus, type WebhookDelivery } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { CursorPager } from '../../../components/CursorPager';
import { formatDateTime } from '../../../components/formatDateTime';
import { useAction } from '../shared/useAction';
import { useCursorPages } from '../../../components/useCursorPages';
import { useIsAdmin } from '../shared/useIsAdmin';

/** The endpoint's deliveries, newest first, with each attempt and a Redeliver button. */
export function DeliveryLog({ endpointId, version }: { endpointId: string; version: number }) {
  const [status, setStatus] = useState<'' | WebhookDelivery['status']>('');
  const pages = useCursorPages();
  const deliveries = useLoad(
    () =>
      api.listWebhookDeliveries({
        params: { id: endpointId },
        query: { limit: 25, cursor: pages.cursor, ...(status ? { status } : {}) },
      }),
    [endpointId, status, pages.cursor, version],
  );
  return (
    <section aria-labelledby="deliveries-title" class="card">
      <h2 id="deliveries-title">Deliveries</h2>
      <div class="filters">
        <label for="delivery-status">Status</label>
        <select
          id="delivery-status"
          value={status}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setStatus(value === '' ? '' : WebhookDeliveryStatus.parse(value));
            pages.reset();
          }}
        >
          <option value="">Any</option>
          {WebhookDeliveryStatus.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" onClick={deliveries.reload}>
          Refresh
        </button>
      </div>
      <LoadState state={deliveries} what="deliveries">
        {(page) =>
          page.data.length === 0 ? (
            <p>No deliveries{status ? ` with status ${status}` : ''} yet.</p>
          ) : (
            <>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Deliveries">
                <table>
                  <caption class="visually-hidden">Deliveries</caption>
                  <thead>
                    <tr>
                      <th scope="col">Event</th>
                      <th scope="col">Status</th>
                      <th scope="col">Attempts</th>
                      <th scope="col">Created</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((d) => (
                      <DeliveryRow key={d.id} delivery={d} onRedelivered={deliveries.reload} />
                    ))}
                  </tbody>
                </table>
              </div>
              <CursorPager pages={pages} nextCursor={page.next_cursor} label="Deliveries" />
            </>
          )
        }
      </LoadState>
    </section>
  );
}

function DeliveryRow({ delivery, onRedelivered }: { delivery: WebhookDelivery; onRedelivered: () => void }) {
  const isAdmin = useIsAdmin();
  const redeliver = useAction();
  const last = delivery.attempts[delivery.attempts.length - 1];
  return (
    <tr data-delivery-id={delivery.id}>
      <td>
        <code>{delivery.event_type}</code>
        <div class="muted">
          <code>{delivery.message_id}</code>
          {delivery.verification_id && (
            <>
              {' · '}
              <a href={`/console/verifications/${delivery.verification_id}`}>{delivery.verification_id}</a>
            </>
          )}
        </div>
      </td>
      <td>
        <span
          class={`status status-${delivery.status === 'succeeded' ? 'passed' : delivery.status === 'failed' ? 'failed' : 'pending'}`}
        >
          {delivery.status}
        </span>
        {delivery.next_attempt_at && <div class="muted">next try {formatDateTime(delivery.next_attempt_at)}</div>}
      </td>
      <td>
        {delivery.attempt_count}
        {last && (
          <details>
            <summary>Last: {last.status_code ?? last.error ?? 'no answer'}</summary>
            <ul class="attempts">
              {delivery.attempts.map((a, i) => (
                <li key={i}>
                  {formatDateTime(a.attempted_at)}: {a.status_code ?? 'no status'} in {a.latency_ms} ms
                  {a.error ? ` — ${a.error}` : ''}
                  {a.response_excerpt && <pre>{a.response_excerpt}</pre>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td>{formatDateTime(delivery.created_at)}</td>
      <td>
        {isAdmin && (
          <button
            type="button"
            disabled={redeliver.busy}
            aria-label={`Redeliver ${delivery.event_type} ${delivery.message_id}`}
            onClick={() =>
              redeliver.run(async () => {
                await api.redeliverWebhook({ params: { id: delivery.endpoint_id, delivery_id: delivery.id } });
                onRedelivered();
                return 'Redelivery queued.';
              })
            }
          >
            Redeliver
          </button>
        )}
        <ActionFeedback action={redeliver} />
      </td>
    </tr>
  );
}
