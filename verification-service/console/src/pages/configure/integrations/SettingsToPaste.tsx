import { useState } from 'preact/hooks';
import type { ApiKeyWithSecret, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import type { IntegrationGuide } from './integrationGuides';

/** The values to paste into the app, secrets included: shown once, never stored by the console. */
export function SettingsToPaste({
  made,
  onDone,
}: {
  made: { guide: IntegrationGuide; key: ApiKeyWithSecret; endpoint: WebhookEndpointWithSecret; linkId: string };
  onDone: () => void;
}) {
  const { guide, key, endpoint, linkId } = made;
  const settings = guide.settings({
    serviceUrl: window.location.origin,
    apiKey: key.key,
    webhookSecret: endpoint.secret,
    linkId,
  });
  return (
    <div class="card" role="region" aria-labelledby="paste-title">
      <h2 id="paste-title">Paste these values into {guide.title}</h2>
      <p class="notice notice-info">
        <strong>Copy them now:</strong> the API key and the webhook secret are shown only once. If you lose them, revoke
        the key “{key.name}” and run the setup again.
      </p>
      <p>{guide.whereToPaste}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={`Settings for ${guide.title}`}>
        <table>
          <caption class="visually-hidden">Settings for {guide.title}</caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">Copy</th>
            </tr>
          </thead>
          <tbody>
            {settings.map((s) => (
              <SettingRow key={s.name} name={s.name} value={s.value} />
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Made: API key <code>{key.prefix}…</code> (scopes {key.scopes.join(', ')}) and webhook endpoint{' '}
        <a href={`/console/webhooks/${endpoint.id}`}>{endpoint.url}</a>.
      </p>
      <h3>Then</h3>
      <ol>
        {guide.afterwards.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <button type="button" onClick={onDone}>
        I have pasted them
      </button>
    </div>
  );
}

function SettingRow({ name, value }: { name: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <tr>
      <th scope="row">
        <code>{name}</code>
      </th>
      <td>
        <code class="paste-value" data-setting={name}>
          {value}
        </code>
      </td>
      <td>
        <button
          type="button"
          aria-label={`Copy ${name}`}
          onClick={() =>
            navigator.clipboard.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </td>
    </tr>
  );
}
