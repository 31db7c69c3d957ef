import { ConsoleSession, OidcConfig } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { startOidcProvider, type OidcTestProvider } from '@helpdesk-verify/testkit/oidc/startOidcProvider';
import { signInThroughOidc } from '@helpdesk-verify/testkit/oidc/signInThroughOidc';
import { CookieJar } from '@helpdesk-verify/testkit/oidc/CookieJar';
import {
  OIDC_STATE_COOKIE,
  openOidcLoginState,
  sealOidcLoginState,
} from '../../../src/surfaces/consoleSignIn/oidc/oidcLoginState';

describe.each(DATABASE_KINDS)('console sign-in through a real OpenID Connect provider (%s)', (kind) => {
  let service: TestService;
  let idp: OidcTestProvider;
  let origin: string;
  const users = [
    {
      email: 'alice@acme.example',
      password: 'alice-idp-password',
      name: 'Alice Admin',
      groups: ['hv-admins', 'staff'],
    },
    { email: 'bob@acme.example', password: 'bob-idp-password', name: 'Bob Agent', groups: ['staff'] },
    { email: 'eve@evil.example', password: 'eve-idp-password' },
    { email: 'una@acme.example', password: 'una-idp-password', email_verified: false },
    { email: 'ada@acme.example', password: 'ada-idp-password', sub: 'idp-ada-1' },
  ];
  const walk = (email: string, extra: { org?: string; stopAtCallback?: boolean; jar?: CookieJar } = {}) =>
    signInThroughOidc({
      serviceUrl: service.baseUrl,
      org: extra.org ?? 'acme.example',
      email,
      password: users.find((u) => u.email === email)!.password,
      ...extra,
    });
  const sessionOf = async (jar: CookieJar) => {
    const response = await jar.fetch(`${service.baseUrl}/console/session`);
    return response.status === 200 ? ConsoleSession.parse(await response.json()) : response.status;
  };

  beforeAll(async () => {
    service = await startTestService(kind);
    origin = new URL(service.baseUrl).origin;
    idp = await startOidcProvider({
      clientId: 'helpdesk-verify',
      clientSecret: 'idp-secret-for-tests',
      redirectUris: [`${service.baseUrl}/console/auth/oidc/callback`],
      users,
    });
    await service.org.client.putOidcConfig({
      body: {
        issuer: idp.issuer,
        client_id: 'helpdesk-verify',
        client_secret: 'idp-secret-for-tests',
        allowed_email_domains: ['acme.example'],
        default_role: 'agent',
        role_claim: 'groups',
        role_mapping: { 'hv-admins': 'admin' },
      },
    });
  });
  afterAll(async () => {
    await idp?.close();
    await service?.close();
  });

  it('keeps the client secret write-only and sealed', async () => {
    const config = OidcConfig.parse(await service.org.client.getOidcConfig());
    expect(config).toMatchObject({
      issuer: idp.issuer,
      client_id: 'helpdesk-verify',
      has_client_secret: true,
      enabled: true,
      redirect_uri: `${service.baseUrl.replace('127.0.0.1', '127.0.0.1')}/console/auth/oidc/callback`,
    });
    expect(JSON.stringify(config)).not.toContain('idp-secret-for-tests');
    const [row] = await service.app.deps.db.query<{ client_secret_sealed: Uint8Array }>(
      'SELECT client_secret_sealed FROM console_oidc_configs WHERE org_id = $1',
      [service.org.id],
    );
    expect(Buffer.from(row!.client_secret_sealed).toString('latin1')).not.toContain('idp-secret-for-tests');
    // Left out, the stored secret is kept.
    const again = await service.org.client.putOidcConfig({
      body: {
        issuer: idp.issuer,
        client_id: 'helpdesk-verify',
        allowed_email_domains: ['acme.example'],
        default_role: 'agent',
        role_claim: 'groups',
        role_mapping: { 'hv-admins': 'admin' },
      },
    });
    expect(again.has_client_secret).toBe(true);
    await expect(
      service.otherOrg.client.putOidcConfig({ body: { issuer: idp.issuer, client_id: 'x' } }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      service.otherOrg.client.putOidcConfig({
        body: { issuer: 'http://idp.example', client_id: 'x', client_secret: 'y' },
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('completes the code flow: creates the user with the default role, sets the session, and finds them again next time', async () => {
    const first = await walk('bob@acme.example');
    expect(first.finalLocation).toBe('/console/');
    expect(first.callbackUrl).toMatch(/\/console\/auth\/oidc\/callback\?code=[^&]+&state=/);
    const session = await sessionOf(first.jar);
    expect(session).toMatchObject({
      user: { email: 'bob@acme.example', name: 'Bob Agent', role: 'agent' },
      organization: { id: service.org.id, name: 'Acme' },
    });
    // The state cookie was used up.
    expect(first.jar.get(origin, OIDC_STATE_COOKIE)).toBeUndefined();
    const second = await walk('bob@acme.example', { org: service.org.id });
    const again = await sessionOf(second.jar);
    expect(typeof again === 'object' && typeof session === 'object' && again.user.id === session.user.id).toBe(true);
    const listed = await service.org.client.listUsers({ query: {} });
    expect(listed.data.filter((u) => u.email === 'bob@acme.example')).toEqual([
      expect.objectContaining({ has_sso: true, has_password: false, role: 'agent' }),
    ]);
    const created = await service.app.deps.db.query<{ actor_type: string; details: Record<string, unknown> }>(
      "SELECT actor_type, details FROM audit_entries WHERE org_id = $1 AND action = 'console.sso_user_created' AND actor_label = 'system' AND target_id = $2",
      [service.org.id, listed.data.find((u) => u.email === 'bob@acme.example')!.id],
    );
    expect(created).toEqual([{ actor_type: 'system', details: { role: 'agent', issuer: idp.issuer } }]);
  });

  it('maps the groups claim to a role', async () => {
    const walked = await walk('alice@acme.example');
    expect(await sessionOf(walked.jar)).toMatchObject({ user: { email: 'alice@acme.example', role: 'admin' } });
    // An admin by SSO can use the admin API with the cookie and CSRF token.
    const session = (await sessionOf(walked.jar)) as ConsoleSession;
    const created = await walked.jar.fetch(`${service.baseUrl}/v1/api-keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
      body: JSON.stringify({ name: 'made by SSO admin', scopes: ['verifications:read'] }),
    });
    expect(created.status).toBe(201);
  });

  it('changes the role when the mapped claim says so, and records it', async () => {
    // Alice signed in by SSO in the test above; an admin makes her an auditor, and her next sign-in maps her groups back to admin.
    const alice = (await service.org.client.listUsers({ query: { limit: 100 } })).data.find(
      (u) => u.email === 'alice@acme.example',
    )!;
    // Another admin first: the last admin cannot be demoted.
    await service.org.client.createUser({ body: { email: 'root@acme.example', name: 'Root', role: 'admin' } });
    await service.org.client.updateUser({ params: { id: alice.id }, body: { role: 'auditor' } });
    const walked = await walk('alice@acme.example');
    expect(await sessionOf(walked.jar)).toMatchObject({ user: { id: alice.id, role: 'admin' } });
    const changed = await service.app.deps.db.query<{ details: Record<string, unknown> }>(
      "SELECT details FROM audit_entries WHERE org_id = $1 AND action = 'console.sso_role_changed' AND target_id = $2",
      [service.org.id, alice.id],
    );
    expect(changed).toEqual([{ details: { from: 'auditor', to: 'admin', claim: 'groups' } }]);
  });

  it('binds an existing console user to their IdP subject by email', async () => {
    const made = await service.org.client.createUser({
      body: { email: 'ada@acme.example', name: 'Ada', role: 'auditor' },
    });
    const walked = await walk('ada@acme.example');
    expect(await sessionOf(walked.jar)).toMatchObject({ user: { id: made.id, role: 'auditor' } });
    const [row] = await service.app.deps.db.query<{ oidc_subject: string }>(
      'SELECT oidc_subject FROM console_users WHERE id = $1',
      [made.id],
    );
    expect(row!.oidc_subject).toBe('idp-ada-1');
  });

  it('refuses emails outside the allowed domains, unverified emails and disabled users', async () => {
    expect((await walk('eve@evil.example')).finalLocation).toBe('/console/sign-in?error=email_not_allowed');
    expect((await walk('una@acme.example')).finalLocation).toBe('/console/sign-in?error=email_not_verified');
    const bob = (await service.org.client.listUsers({ query: {} })).data.find((u) => u.email === 'bob@acme.example')!;
    await service.org.client.updateUser({ params: { id: bob.id }, body: { disabled: true } });
    const refused = await walk('bob@acme.example');
    expect(refused.finalLocation).toBe('/console/sign-in?error=account_disabled');
    expect(refused.jar.get(origin, 'hv_console')).toBeUndefined();
    await service.org.client.updateUser({ params: { id: bob.id }, body: { disabled: false } });
  });

  it('refuses a tampered state, and the callback cannot be replayed after it', async () => {
    const walked = await walk('bob@acme.example', { stopAtCallback: true });
    const url = new URL(walked.callbackUrl);
    url.searchParams.set('state', `${url.searchParams.get('state')}x`);
    const response = await walked.jar.fetch(url.href);
    expect(response.headers.get('location')).toBe('/console/sign-in?error=sign_in_failed');
    expect(walked.jar.get(origin, 'hv_console')).toBeUndefined();
    // The state cookie went with the failed attempt: the genuine callback now finds no sign-in to finish.
    const replay = await walked.jar.fetch(walked.callbackUrl);
    expect(replay.headers.get('location')).toBe('/console/sign-in?error=sign_in_expired');
    expect(walked.jar.get(origin, 'hv_console')).toBeUndefined();
  });

  it('refuses a tampered nonce, a tampered PKCE verifier, a forged state cookie and another browser', async () => {
    const key = service.app.deps.key;
    for (const field of ['nonce', 'codeVerifier'] as const) {
      const walked = await walk('bob@acme.example', { stopAtCallback: true });
      const state = openOidcLoginState(key, walked.jar.get(origin, OIDC_STATE_COOKIE), service.clock.now())!;
      expect(state).not.toBeNull();
      walked.jar.set(origin, OIDC_STATE_COOKIE, sealOidcLoginState(key, { ...state, [field]: `${state[field]}x` }));
      const response = await walked.jar.fetch(walked.callbackUrl);
      expect({ field, location: response.headers.get('location') }).toEqual({
        field,
        location: '/console/sign-in?error=sign_in_failed',
      });
      expect(walked.jar.get(origin, 'hv_console')).toBeUndefined();
    }
    const walked = await walk('bob@acme.example', { stopAtCallback: true });
    const sealed = walked.jar.get(origin, OIDC_STATE_COOKIE)!;
    const flipped = `${sealed.slice(0, 30)}${sealed[30] === 'A' ? 'B' : 'A'}${sealed.slice(31)}`;
    walked.jar.set(origin, OIDC_STATE_COOKIE, flipped);
    expect((await walked.jar.fetch(walked.callbackUrl)).headers.get('location')).toBe(
      '/console/sign-in?error=sign_in_expired',
    );
    // Another browser (no state cookie) cannot use a stolen callback URL.
    const other = await walk('alice@acme.example', { stopAtCallback: true });
    const response = await new CookieJar().fetch(other.callbackUrl);
    expect(response.headers.get('location')).toBe('/console/sign-in?error=sign_in_expired');
  });

  it('expires a sign-in left at the IdP for more than 10 minutes', async () => {
    const walked = await walk('bob@acme.example', { stopAtCallback: true });
    service.clock.advance(11 * 60_000);
    expect((await walked.jar.fetch(walked.callbackUrl)).headers.get('location')).toBe(
      '/console/sign-in?error=sign_in_expired',
    );
  });

  it('replaying a used authorization code signs nobody in', async () => {
    const walked = await walk('bob@acme.example', { stopAtCallback: true });
    const stateCookie = walked.jar.get(origin, OIDC_STATE_COOKIE)!;
    const ok = await walked.jar.fetch(walked.callbackUrl);
    expect(ok.headers.get('location')).toBe('/console/');
    const thief = new CookieJar();
    thief.set(origin, OIDC_STATE_COOKIE, stateCookie);
    const replay = await thief.fetch(walked.callbackUrl);
    expect(replay.headers.get('location')).toBe('/console/sign-in?error=sign_in_failed');
    expect(thief.get(origin, 'hv_console')).toBeUndefined();
  });

  it('sends unknown organisations, IdP errors and an unreachable IdP back to the sign-in page with strict headers', async () => {
    const start = (org: string) =>
      fetch(`${service.baseUrl}/console/auth/oidc/start?org=${encodeURIComponent(org)}`, { redirect: 'manual' });
    for (const org of ['nobody.example', service.otherOrg.id, 'org_', "' OR 1=1 --", 'x'.repeat(400)]) {
      const response = await start(org);
      expect({ org, status: response.status, location: response.headers.get('location') }).toEqual({
        org,
        status: 302,
        location: '/console/sign-in?error=sso_not_configured',
      });
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    const good = await start('someone@acme.example');
    expect(good.status).toBe(302);
    const to = new URL(good.headers.get('location')!);
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('redirect_uri')).toBe(`${service.baseUrl}/console/auth/oidc/callback`);
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(to.searchParams.get(name)!.length).toBeGreaterThanOrEqual(43);
    const stateCookie = good.headers.getSetCookie().find((c) => c.startsWith(`${OIDC_STATE_COOKIE}=`))!;
    expect(stateCookie).toMatch(/; Path=\/console\/auth\/oidc/);
    expect(stateCookie).toMatch(/; HttpOnly/);
    expect(stateCookie).toMatch(/; SameSite=Lax/);
    expect(good.headers.get('cache-control')).toBe('no-store');

    const denied = await fetch(`${service.baseUrl}/console/auth/oidc/callback?error=access_denied&state=x`, {
      redirect: 'manual',
      headers: { cookie: stateCookie.split(';')[0]! },
    });
    expect(denied.headers.get('location')).toBe('/console/sign-in?error=idp_refused');

    await service.otherOrg.client.putOidcConfig({
      body: {
        issuer: 'http://127.0.0.1:9',
        client_id: 'x',
        client_secret: 'y',
        allowed_email_domains: ['other.example'],
      },
    });
    expect((await start('other.example')).headers.get('location')).toBe('/console/sign-in?error=idp_unavailable');
    await service.otherOrg.client.putOidcConfig({
      body: { issuer: 'http://127.0.0.1:9', client_id: 'x', allowed_email_domains: ['other.example'], enabled: false },
    });
    expect((await start('other.example')).headers.get('location')).toBe('/console/sign-in?error=sso_not_configured');
  });
});
