import { useState } from 'preact/hooks';
import type { ApiKeyWithSecret, Link, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { useAction } from '../shared/useAction';
import { INTEGRATION_GUIDES, type IntegrationGuide, type IntegrationSystem } from './integrationGuides';
import { SettingsToPaste } from './SettingsToPaste';

interface Made {
  guide: IntegrationGuide;
  key: ApiKeyWithSecret;
  endpoint: WebhookEndpointWithSecret;
  linkId: string;
}

/**
 * Guided setup of a ticketing app: makes a dedicated API key with the fewest scopes and a webhook
 * endpoint for the app's receiver, then lists the exact values to paste into the app's settings.
 */
export function IntegrationsPage() {
  const links = useLoad(() => api.listLinks({ query: { limit: 100 } }), []);
  const [made, setMade] = useState<Made | null>(null);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Integrations</h1>
      {made ? (
        <SettingsToPaste made={made} onDone={() => setMade(null)} />
      ) : (
        <LoadState state={links} what="Links">
          {(page) => <SetupForm links={page.data.filter((l) => !l.archived)} onMade={setMade} />}
        </LoadState>
      )}
    </section>
  );
}

function SetupForm({ links, onMade }: { links: Link[]; onMade: (made: Made) => void }) {
  const [system, setSystem] = useState<IntegrationSystem>('servicenow');
  const guide = INTEGRATION_GUIDES.find((g) => g.system === system)!;
  const [name, setName] = useState('');
  const [receiver, setReceiver] = useState('');
  const [linkId, setLinkId] = useState(links[0]?.id ?? '');
  const setup = useAction();
  const keyName = name.trim() || `${guide.title} integration`;
  return (
    <form
      class="card"
      aria-label="Set up an integration"
      onSubmit={(event) => {
        event.preventDefault();
        void setup.run(async () => {
          const url = guide.webhookUrl(receiver);
          const endpoint = await api.createWebhookEndpoint({
            body: { url, description: `${keyName} (guided setup)`, event_types: guide.events },
          });
          let key: ApiKeyWithSecret;
          try {
            key = await api.createApiKey({ body: { name: keyName, scopes: guide.scopes } });
          } catch (e) {
            // Leave nothing half made: the endpoint without its key is useless.
            await api.deleteWebhookEndpoint({ params: { id: endpoint.id } }).catch(() => undefined);
            throw e;
          }
          onMade({ guide, key, endpoint, linkId });
        });
      }}
    >
      <fieldset>
        <legend>Ticketing system</legend>
        {INTEGRATION_GUIDES.map((g) => (
          <div class="check" key={g.system}>
            <input
              id={`system-${g.system}`}
              type="radio"
              name="system"
              value={g.system}
              checked={system === g.system}
              onChange={() => setSystem(g.system)}
            />
            <label for={`system-${g.system}`}>{g.title}</label>
          </div>
        ))}
      </fieldset>
      <p class="muted">
        This creates an API key named “{keyName}” with only the scope {guide.scopes.join(', ')}, and a webhook endpoint
        for {guide.events.join(', ')}.
      </p>
      <label for="integration-name">Key name</label>
      <input
        id="integration-name"
        maxLength={120}
        placeholder={`${guide.title} integration`}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <label for="integration-receiver">{guide.webhookUrlLabel}</label>
      <input
        id="integration-receiver"
        type="url"
        required
        placeholder="https://"
        aria-describedby="integration-receiver-help"
        value={receiver}
        onInput={(e) => setReceiver(e.currentTarget.value)}
      />
      <p id="integration-receiver-help" class="muted">
        {guide.webhookUrlHelp}
      </p>
      {receiver.trim() && (
        <p>
          Results will be sent to <code data-testid="receiver-url">{guide.webhookUrl(receiver)}</code>
        </p>
      )}
      <label for="integration-link">Default Link</label>
      <select id="integration-link" required value={linkId} onChange={(e) => setLinkId(e.currentTarget.value)}>
        {links.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
      <ActionFeedback action={setup} />
      <button type="submit" class="button-primary" disabled={setup.busy || !linkId}>
        {setup.busy ? 'Setting up…' : `Create the key and webhook for ${guide.title}`}
      </button>
    </form>
  );
}
