import { useState } from 'preact/hooks';
import { ConsoleRole, type OidcConfig } from '@helpdesk-verify/core-client/schemas';
import { ApiError } from '@helpdesk-verify/core-client/client';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { useAction } from '../shared/useAction';
import { useIsAdmin } from '../shared/useIsAdmin';

/** The organisation's OpenID Connect sign-in; the client secret is write-only. */
export function SsoSettings() {
  const config = useLoad(
    () =>
      api.getOidcConfig().catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    [],
  );
  return (
    <section aria-labelledby="sso-title" class="card">
      <h2 id="sso-title">Single sign-on (OpenID Connect)</h2>
      <LoadState state={config} what="single sign-on settings">
        {(c) => <SsoForm config={c} onSaved={config.reload} />}
      </LoadState>
    </section>
  );
}

const mappingText = (mapping: Record<string, string>) =>
  Object.entries(mapping)
    .map(([value, role]) => `${value}=${role}`)
    .join('\n');

function parseMapping(text: string): Record<string, ConsoleRole> {
  const mapping: Record<string, ConsoleRole> = {};
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const at = trimmed.lastIndexOf('=');
    const role = ConsoleRole.safeParse(trimmed.slice(at + 1).trim());
    if (at <= 0 || !role.success)
      throw new Error(`Role mapping line “${trimmed}” must look like group-name=admin (roles: admin, agent, auditor)`);
    mapping[trimmed.slice(0, at).trim()] = role.data;
  }
  return mapping;
}

function SsoForm({ config, onSaved }: { config: OidcConfig | null; onSaved: () => void }) {
  const isAdmin = useIsAdmin();
  const [issuer, setIssuer] = useState(config?.issuer ?? '');
  const [clientId, setClientId] = useState(config?.client_id ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(config?.allowed_email_domains.join(', ') ?? '');
  const [defaultRole, setDefaultRole] = useState<ConsoleRole>(config?.default_role ?? 'agent');
  const [roleClaim, setRoleClaim] = useState(config?.role_claim ?? '');
  const [mapping, setMapping] = useState(mappingText(config?.role_mapping ?? {}));
  const [enabled, setEnabled] = useState(config?.enabled ?? true);
  const save = useAction();
  return (
    <form
      aria-label="Single sign-on settings"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(async () => {
          await api.putOidcConfig({
            body: {
              issuer,
              client_id: clientId,
              ...(clientSecret ? { client_secret: clientSecret } : {}),
              allowed_email_domains: domains
                .split(/[\s,]+/)
                .map((d) => d.trim())
                .filter(Boolean),
              default_role: defaultRole,
              role_claim: roleClaim.trim() || null,
              role_mapping: parseMapping(mapping),
              enabled,
            },
          });
          setClientSecret('');
          onSaved();
          return 'Single sign-on saved.';
        });
      }}
    >
      {config ? (
        <p class="muted">
          Register the redirect URI <code>{config.redirect_uri}</code> with your identity provider. Users start at{' '}
          <code>{config.sign_in_url}</code>.
        </p>
      ) : (
        <p>Single sign-on is not set up.</p>
      )}
      <fieldset disabled={!isAdmin} class="plain">
        <label for="oidc-issuer">Issuer URL</label>
        <input id="oidc-issuer" type="url" required value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} />
        <label for="oidc-client-id">Client id</label>
        <input id="oidc-client-id" required value={clientId} onInput={(e) => setClientId(e.currentTarget.value)} />
        <label for="oidc-client-secret">
          Client secret {config?.has_client_secret ? '(set; leave empty to keep it)' : ''}
        </label>
        <input
          id="oidc-client-secret"
          type="password"
          autoComplete="off"
          required={!config?.has_client_secret}
          value={clientSecret}
          onInput={(e) => setClientSecret(e.currentTarget.value)}
        />
        <label for="oidc-domains">Allowed email domains (comma separated; empty allows any)</label>
        <input id="oidc-domains" value={domains} onInput={(e) => setDomains(e.currentTarget.value)} />
        <label for="oidc-default-role">Role of a new user at first sign-in</label>
        <select
          id="oidc-default-role"
          value={defaultRole}
          onChange={(e) => setDefaultRole(ConsoleRole.parse(e.currentTarget.value))}
        >
          {ConsoleRole.options.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <label for="oidc-role-claim">Role claim (e.g. groups; empty: roles are set here)</label>
        <input id="oidc-role-claim" value={roleClaim} onInput={(e) => setRoleClaim(e.currentTarget.value)} />
        <label for="oidc-role-mapping">Claim value to role, one a line (helpdesk-admins=admin)</label>
        <textarea id="oidc-role-mapping" value={mapping} onInput={(e) => setMapping(e.currentTarget.value)} />
        <div class="check">
          <input
            id="oidc-enabled"
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          <label for="oidc-enabled">Enabled</label>
        </div>
      </fieldset>
      <ActionFeedback action={save} />
      {isAdmin && (
        <button type="submit" class="button-primary" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save single sign-on'}
        </button>
      )}
    </form>
  );
}
