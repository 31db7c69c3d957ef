import { useState } from 'preact/hooks';
import { ConsoleSession } from '@helpdesk-verify/core-client/schemas';
import { setCsrfToken } from '../../api';

const SSO_ERRORS: Record<string, string> = {
  access_denied: 'Your identity provider did not let you in.',
  not_allowed: 'Your account is not allowed in this organisation. Ask an admin.',
};

/** Single sign-on (by email domain or organisation id) or a local account's password. */
export function SignInPage({ onSignedIn }: { onSignedIn: (session: ConsoleSession) => void }) {
  const ssoError = new URLSearchParams(window.location.search).get('error');
  const [ssoOrg, setSsoOrg] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signInWithPassword = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/console/auth/password', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const detail =
          typeof body === 'object' && body !== null && 'detail' in body
            ? String((body as { detail: unknown }).detail)
            : `The service answered ${response.status}`;
        setError(detail);
        return;
      }
      const session = ConsoleSession.parse(body);
      setCsrfToken(session.csrf_token);
      window.history.replaceState(null, '', '/console/');
      onSignedIn(session);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="signin" id="main">
      <h1>Sign in to Helpdesk Verify</h1>
      {ssoError && (
        <p class="notice notice-error" role="alert">
          {SSO_ERRORS[ssoError] ?? `Single sign-on failed (${ssoError}).`}
        </p>
      )}
      <section aria-labelledby="sso-title" class="card">
        <h2 id="sso-title">Single sign-on</h2>
        <form
          method="get"
          action="/console/auth/oidc/start"
          onSubmit={(event) => {
            // A form submission may not redirect to another origin under CSP form-action 'self', and
            // the start redirects to the identity provider: navigate instead.
            event.preventDefault();
            window.location.assign(`/console/auth/oidc/start?org=${encodeURIComponent(ssoOrg.trim())}`);
          }}
        >
          <label for="sso-org">Work email domain or organisation id</label>
          <input
            id="sso-org"
            name="org"
            required
            autoComplete="organization"
            value={ssoOrg}
            onInput={(e) => setSsoOrg(e.currentTarget.value)}
          />
          <button type="submit" class="button-primary">
            Continue with single sign-on
          </button>
        </form>
      </section>
      <section aria-labelledby="local-title" class="card">
        <h2 id="local-title">Local account</h2>
        <form onSubmit={signInWithPassword}>
          <label for="email">Email</label>
          <input
            id="email"
            type="email"
            required
            autoComplete="username"
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
          <label for="password">Password</label>
          <input
            id="password"
            type="password"
            required
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          {error && (
            <p class="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
    </main>
  );
}
