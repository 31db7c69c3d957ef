import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { EventType, WebhookEndpoint, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import type { PageProps } from '../../../ConsoleRoute';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { ShownOnce } from '../shared/ShownOnce';
import { formatDateTime } from '../../../components/formatDateTime';
import { useAction } from '../shared/useAction';
import { useIsAdmin } from '../shared/useIsAdmin';
import { DeliveryLog } from './DeliveryLog';
import { EventTypePicker } from './EventTypePicker';

const OVERLAPS = [
  { seconds: 0, label: 'None (the old secret stops at once)' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 86_400, label: '24 hours' },
  { seconds: 7 * 86_400, label: '7 days' },
];

/** One webhook endpoint: settings, secret rotation, a test event and its delivery log. */
export function WebhookDetailPage({ params }: PageProps) {
  const id = params['id']!;
  const endpoint = useLoad(() => api.getWebhookEndpoint({ params: { id } }), [id]);
  const [logVersion, setLogVersion] = useState(0);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Webhook endpoint</h1>
      <p>
        <a href="/console/webhooks">Back to webhooks</a>
      </p>
      <LoadState state={endpoint} what="the endpoint">
        {(e) => (
          <>
            <EndpointSettings key={e.id} endpoint={e} onChanged={endpoint.reload} />
            <EndpointActions endpoint={e} onQueued={() => setLogVersion((v) => v + 1)} />
            <DeliveryLog endpointId={e.id} version={logVersion} />
          </>
        )}
      </LoadState>
    </section>
  );
}

function EndpointSettings({ endpoint, onChanged }: { endpoint: WebhookEndpoint; onChanged: () => void }) {
  const isAdmin = useIsAdmin();
  const { route } = useLocation();
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description);
  const [eventTypes, setEventTypes] = useState<EventType[]>(endpoint.event_types);
  const [enabled, setEnabled] = useState(endpoint.enabled);
  const save = useAction();
  const remove = useAction();
  return (
    <form
      class="card"
      aria-labelledby="settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(async () => {
          await api.updateWebhookEndpoint({
            params: { id: endpoint.id },
            body: { url, description, event_types: eventTypes, enabled },
          });
          onChanged();
          return 'Endpoint saved.';
        });
      }}
    >
      <h2 id="settings-title">Settings</h2>
      <p class="muted">
        <code>{endpoint.id}</code> · created {formatDateTime(endpoint.created_at)}
        {endpoint.failing_since && ` · failing since ${formatDateTime(endpoint.failing_since)}`}
        {!endpoint.enabled && endpoint.disabled_reason && ` · disabled: ${endpoint.disabled_reason}`}
      </p>
      <fieldset disabled={!isAdmin} class="plain">
        <label for="endpoint-url">URL</label>
        <input id="endpoint-url" type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <label for="endpoint-description">Description</label>
        <input id="endpoint-description" value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        <EventTypePicker idPrefix="endpoint-event" value={eventTypes} onChange={setEventTypes} />
        <div class="check">
          <input
            id="endpoint-enabled"
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          <label for="endpoint-enabled">Enabled</label>
        </div>
      </fieldset>
      <ActionFeedback action={save} />
      <ActionFeedback action={remove} />
      {isAdmin && (
        <div class="button-row">
          <button type="submit" class="button-primary" disabled={save.busy}>
            Save endpoint
          </button>
          <button
            type="button"
            class="button-danger"
            disabled={remove.busy}
            onClick={() =>
              window.confirm(`Delete the endpoint ${endpoint.url}? It stops receiving events.`) &&
              remove.run(async () => {
                await api.deleteWebhookEndpoint({ params: { id: endpoint.id } });
                route('/console/webhooks');
              })
            }
          >
            Delete endpoint
          </button>
        </div>
      )}
    </form>
  );
}

function EndpointActions({ endpoint, onQueued }: { endpoint: WebhookEndpoint; onQueued: () => void }) {
  const isAdmin = useIsAdmin();
  const [overlap, setOverlap] = useState(86_400);
  const [rotated, setRotated] = useState<WebhookEndpointWithSecret | null>(null);
  const rotate = useAction();
  const test = useAction();
  if (!isAdmin) return null;
  return (
    <div class="card">
      <h2>Signing secret</h2>
      <p class="muted">
        Rotating makes a new secret. During the overlap every event is signed with both, so receivers can switch without
        losing events.
      </p>
      <label for="rotate-overlap">Overlap</label>
      <select id="rotate-overlap" value={String(overlap)} onChange={(e) => setOverlap(Number(e.currentTarget.value))}>
        {OVERLAPS.map((o) => (
          <option key={o.seconds} value={String(o.seconds)}>
            {o.label}
          </option>
        ))}
      </select>
      <ActionFeedback action={rotate} />
      <div class="button-row">
        <button
          type="button"
          class="button-primary"
          disabled={rotate.busy}
          onClick={() =>
            rotate.run(async () => {
              setRotated(
                await api.rotateWebhookSecret({ params: { id: endpoint.id }, body: { overlap_seconds: overlap } }),
              );
              return 'Secret rotated.';
            })
          }
        >
          Rotate secret
        </button>
      </div>
      {rotated && <ShownOnce label="New signing secret" value={rotated.secret} onDone={() => setRotated(null)} />}
      <h2>Test</h2>
      <p class="muted">
        Queues a signed sample event marked metadata.test = "true" to this endpoint only, whatever events it subscribes
        to; receivers should ignore it.
      </p>
      <ActionFeedback action={test} />
      <button
        type="button"
        disabled={test.busy}
        onClick={() =>
          test.run(async () => {
            const delivery = await api.testWebhookEndpoint({ params: { id: endpoint.id } });
            onQueued();
            return `Test event queued (delivery ${delivery.id}).`;
          })
        }
      >
        Send a test event
      </button>
    </div>
  );
}
