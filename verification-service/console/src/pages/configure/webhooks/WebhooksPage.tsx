import { useState } from 'preact/hooks';
import type { EventType, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { CursorPager } from '../../../components/CursorPager';
import { ShownOnce } from '../shared/ShownOnce';
import { useAction } from '../shared/useAction';
import { useCursorPages } from '../../../components/useCursorPages';
import { useIsAdmin } from '../shared/useIsAdmin';
import { EventTypePicker } from './EventTypePicker';

/** Webhook endpoints: the URLs that receive signed trust_check events. */
export function WebhooksPage() {
  const isAdmin = useIsAdmin();
  const pages = useCursorPages();
  const endpoints = useLoad(
    () => api.listWebhookEndpoints({ query: { limit: 50, cursor: pages.cursor } }),
    [pages.cursor],
  );
  const [created, setCreated] = useState<WebhookEndpointWithSecret | null>(null);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Webhooks</h1>
      <p class="muted">
        Each endpoint receives Standard Webhooks signed with its own secret (header webhook-signature, HMAC-SHA256).
      </p>
      {created && (
        <div>
          <p class="notice notice-ok" role="status">
            Endpoint created for <code>{created.url}</code>.
          </p>
          <ShownOnce label="Signing secret" value={created.secret} onDone={() => setCreated(null)} />
        </div>
      )}
      <LoadState state={endpoints} what="webhook endpoints">
        {(page) =>
          page.data.length === 0 ? (
            <p>No webhook endpoints yet.</p>
          ) : (
            <>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Webhook endpoints">
                <table>
                  <caption class="visually-hidden">Webhook endpoints</caption>
                  <thead>
                    <tr>
                      <th scope="col">URL</th>
                      <th scope="col">Events</th>
                      <th scope="col">State</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((e) => (
                      <tr key={e.id}>
                        <td>
                          <a href={`/console/webhooks/${e.id}`}>{e.url}</a>
                          {e.description && <div class="muted">{e.description}</div>}
                        </td>
                        <td>{e.event_types.length === 0 ? 'Every event' : e.event_types.join(', ')}</td>
                        <td>
                          {e.enabled
                            ? e.failing_since
                              ? 'Failing'
                              : 'Enabled'
                            : `Disabled${e.disabled_reason ? `: ${e.disabled_reason}` : ''}`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <CursorPager pages={pages} nextCursor={page.next_cursor} label="Webhook endpoints" />
            </>
          )
        }
      </LoadState>
      {isAdmin && (
        <CreateEndpointForm
          onCreated={(endpoint) => {
            setCreated(endpoint);
            endpoints.reload();
          }}
        />
      )}
    </section>
  );
}

function CreateEndpointForm({ onCreated }: { onCreated: (endpoint: WebhookEndpointWithSecret) => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<EventType[]>([]);
  const create = useAction();
  return (
    <form
      class="card"
      aria-labelledby="create-endpoint-title"
      onSubmit={(event) => {
        event.preventDefault();
        void create.run(async () => {
          const endpoint = await api.createWebhookEndpoint({ body: { url, description, event_types: eventTypes } });
          setUrl('');
          setDescription('');
          setEventTypes([]);
          onCreated(endpoint);
        });
      }}
    >
      <h2 id="create-endpoint-title">Add an endpoint</h2>
      <label for="endpoint-url">URL</label>
      <input
        id="endpoint-url"
        type="url"
        required
        maxLength={2000}
        placeholder="https://"
        value={url}
        onInput={(e) => setUrl(e.currentTarget.value)}
      />
      <label for="endpoint-description">Description</label>
      <input
        id="endpoint-description"
        maxLength={500}
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      <EventTypePicker idPrefix="new-endpoint-event" value={eventTypes} onChange={setEventTypes} />
      <ActionFeedback action={create} />
      <button type="submit" class="button-primary" disabled={create.busy}>
        {create.busy ? 'Adding…' : 'Add endpoint'}
      </button>
    </form>
  );
}
