import { useState } from 'preact/hooks';
import { ApiKeyScope, type ApiKey, type ApiKeyWithSecret } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { CursorPager } from '../../../components/CursorPager';
import { ShownOnce } from '../shared/ShownOnce';
import { formatDateTime } from '../../../components/formatDateTime';
import { useAction } from '../shared/useAction';
import { useCursorPages } from '../../../components/useCursorPages';
import { useIsAdmin } from '../shared/useIsAdmin';

const SCOPE_HELP: Record<ApiKeyScope, string> = {
  'verifications:read': 'read verifications, Links and the organisation',
  'verifications:write': 'start, resend and cancel verifications',
  'admin:read': 'read configuration (Links, directory, templates, webhooks, keys)',
  'audit:read': 'read and export the audit log',
  admin: 'everything, including changing configuration',
};

/** API keys: one per integration, shown once, revocable. */
export function ApiKeysPage() {
  const isAdmin = useIsAdmin();
  const pages = useCursorPages();
  const keys = useLoad(() => api.listApiKeys({ query: { limit: 50, cursor: pages.cursor } }), [pages.cursor]);
  const [created, setCreated] = useState<ApiKeyWithSecret | null>(null);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">API keys</h1>
      <p class="muted">
        Give each integration its own key with the fewest scopes it needs, so it can be revoked alone.
      </p>
      {created && (
        <div>
          <p class="notice notice-ok" role="status">
            Key “{created.name}” created.
          </p>
          <ShownOnce label="API key" value={created.key} onDone={() => setCreated(null)} />
        </div>
      )}
      <LoadState state={keys} what="API keys">
        {(page) =>
          page.data.length === 0 ? (
            <p>No API keys yet.</p>
          ) : (
            <>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="API keys">
                <table>
                  <caption class="visually-hidden">API keys</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Prefix</th>
                      <th scope="col">Scopes</th>
                      <th scope="col">Created</th>
                      <th scope="col">Last used</th>
                      <th scope="col">State</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((key) => (
                      <KeyRow key={key.id} apiKey={key} canRevoke={isAdmin} onRevoked={keys.reload} />
                    ))}
                  </tbody>
                </table>
              </div>
              <CursorPager pages={pages} nextCursor={page.next_cursor} label="API keys" />
            </>
          )
        }
      </LoadState>
      {isAdmin && (
        <CreateKeyForm
          onCreated={(key) => {
            setCreated(key);
            pages.reset();
            keys.reload();
          }}
        />
      )}
    </section>
  );
}

function KeyRow({ apiKey, canRevoke, onRevoked }: { apiKey: ApiKey; canRevoke: boolean; onRevoked: () => void }) {
  const revoke = useAction();
  return (
    <tr>
      <td>{apiKey.name}</td>
      <td>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>{apiKey.scopes.join(', ')}</td>
      <td>{formatDateTime(apiKey.created_at)}</td>
      <td>{formatDateTime(apiKey.last_used_at)}</td>
      <td>
        {apiKey.revoked_at ? (
          `Revoked ${formatDateTime(apiKey.revoked_at)}`
        ) : canRevoke ? (
          <button
            type="button"
            class="button-danger"
            disabled={revoke.busy}
            aria-label={`Revoke ${apiKey.name}`}
            onClick={() =>
              window.confirm(`Revoke “${apiKey.name}”? Calls with it fail at once.`) &&
              revoke.run(async () => {
                await api.revokeApiKey({ params: { id: apiKey.id } });
                onRevoked();
              })
            }
          >
            Revoke
          </button>
        ) : (
          'Active'
        )}
        <ActionFeedback action={revoke} />
      </td>
    </tr>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (key: ApiKeyWithSecret) => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['verifications:write']);
  const create = useAction();
  return (
    <form
      class="card"
      aria-labelledby="create-key-title"
      onSubmit={(event) => {
        event.preventDefault();
        void create.run(async () => {
          const key = await api.createApiKey({ body: { name, scopes } });
          setName('');
          onCreated(key);
        });
      }}
    >
      <h2 id="create-key-title">Create a key</h2>
      <label for="key-name">Name</label>
      <input
        id="key-name"
        required
        maxLength={120}
        placeholder="ServiceNow prod"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <fieldset>
        <legend>Scopes</legend>
        {ApiKeyScope.options.map((scope) => (
          <div class="check" key={scope}>
            <input
              id={`scope-${scope}`}
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) =>
                setScopes(
                  e.currentTarget.checked
                    ? [...scopes.filter((s) => s !== scope), scope]
                    : scopes.filter((s) => s !== scope),
                )
              }
            />
            <label for={`scope-${scope}`}>
              <code>{scope}</code> — {SCOPE_HELP[scope]}
            </label>
          </div>
        ))}
      </fieldset>
      <ActionFeedback action={create} />
      <button type="submit" class="button-primary" disabled={create.busy}>
        {create.busy ? 'Creating…' : 'Create key'}
      </button>
    </form>
  );
}
