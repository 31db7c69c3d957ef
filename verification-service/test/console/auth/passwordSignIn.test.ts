import { ConsoleSession, Problem } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { snapshotTables } from '../../e2e/snapshotTables';
import { consoleCookieOf, signInWithPasswordOverHttp } from './consoleCaller';

const MINUTE = 60_000;

describe.each(DATABASE_KINDS)('console password sign-in, sessions and CSRF over HTTP (%s)', (kind) => {
  let service: TestService;
  const newUser = async (email: string, role: 'admin' | 'agent' | 'auditor' = 'admin') => {
    const made = await service.org.client.createUser({
      body: { email, name: email.split('@')[0]!, role, initial_password: true },
    });
    return { id: made.id, email, password: made.initial_password! };
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${service.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    service = await startTestService(kind);
  });
  afterAll(() => service.close());

  it('signs in with the generated password: a session, an HttpOnly SameSite=Lax cookie and strict headers', async () => {
    const user = await newUser('ada@acme.example');
    expect(user.password).toMatch(/^[0-9A-Za-z]{5}(-[0-9A-Za-z]{5}){3}$/);
    const response = await post('/console/auth/password', { email: 'ADA@acme.example ', password: user.password });
    expect(response.status).toBe(200);
    const session = ConsoleSession.parse(await response.json());
    expect(session.user).toEqual({ id: user.id, email: user.email, name: 'ada', role: 'admin' });
    expect(session.organization).toEqual({ id: service.org.id, name: 'Acme' });
    expect(new Date(session.expires_at).getTime()).toBe(service.clock.now().getTime() + 30 * MINUTE);
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('hv_console='))!;
    expect(setCookie).toMatch(/^hv_console=hvs_[0-9A-Za-z]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Max-Age=43200/);
    // The service runs on http://127.0.0.1 here: Secure would stop the browser sending it back.
    expect(setCookie).not.toMatch(/Secure/);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');

    const cookie = setCookie.split(';')[0]!;
    const again = await fetch(`${service.baseUrl}/console/session`, { headers: { cookie } });
    expect(again.status).toBe(200);
    expect(again.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await again.json()).toEqual(session);
    // Only the hash of the session secret is stored.
    const stored = await service.app.deps.db.query<{ token_hash: Uint8Array }>(
      'SELECT token_hash FROM console_sessions WHERE user_id = $1',
      [user.id],
    );
    expect(Buffer.from(stored[0]!.token_hash).toString('utf8')).not.toContain(cookie.slice('hv_console='.length));
  });

  it('answers 401 problem+json to /console/session without a live session', async () => {
    for (const cookie of [undefined, 'hv_console=nonsense', `hv_console=hvs_${'A'.repeat(43)}`]) {
      const response = await fetch(`${service.baseUrl}/console/session`, { headers: cookie ? { cookie } : {} });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      Problem.parse(await response.json());
    }
  });

  it('gives one answer, in similar time, whether the email is unknown or the password wrong', async () => {
    const user = await newUser('grace@acme.example');
    const attempt = async (email: string, password: string) => {
      const started = performance.now();
      const response = await post('/console/auth/password', { email, password });
      const ms = performance.now() - started;
      const body = (await response.json()) as Problem;
      return { status: response.status, detail: body.detail, type: body.type, cookie: consoleCookieOf(response), ms };
    };
    const wrong = [];
    const unknown = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await attempt(user.email, 'not the password at all'));
      unknown.push(await attempt(`nobody${i}@acme.example`, 'not the password at all'));
    }
    for (const a of [...wrong, ...unknown])
      expect({ status: a.status, type: a.type, detail: a.detail, cookie: a.cookie }).toEqual({
        ...{ status: 401, type: wrong[0]!.type, detail: wrong[0]!.detail },
        cookie: null,
      });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    // Both run one scrypt: neither is several times faster than the other.
    expect(median(unknown.map((a) => a.ms))).toBeGreaterThan(median(wrong.map((a) => a.ms)) / 3);
    expect(median(wrong.map((a) => a.ms))).toBeGreaterThan(median(unknown.map((a) => a.ms)) / 3);
    // The same answer for a user who has no password (SSO only).
    await service.org.client.createUser({ body: { email: 'sso.only@acme.example', name: 'SSO', role: 'agent' } });
    const sso = await attempt('sso.only@acme.example', 'anything at all here');
    expect({ status: sso.status, detail: sso.detail }).toEqual({ status: 401, detail: wrong[0]!.detail });
  });

  it('locks the account after five wrong passwords, answering the same, and backs off', async () => {
    const user = await newUser('linus@acme.example');
    for (let i = 0; i < 5; i++)
      expect(
        (await post('/console/auth/password', { email: user.email, password: `wrong-${i}-password` })).status,
      ).toBe(401);
    // Locked: even the right password is refused, with the same answer.
    const locked = await post('/console/auth/password', { email: user.email, password: user.password });
    expect(locked.status).toBe(401);
    expect(consoleCookieOf(locked)).toBeNull();
    service.clock.advance(14 * MINUTE);
    expect((await post('/console/auth/password', { email: user.email, password: user.password })).status).toBe(401);
    service.clock.advance(2 * MINUTE);
    // The lock is over; one more wrong password locks it again, for twice as long.
    expect((await post('/console/auth/password', { email: user.email, password: 'wrong-again-password' })).status).toBe(
      401,
    );
    service.clock.advance(16 * MINUTE);
    expect((await post('/console/auth/password', { email: user.email, password: user.password })).status).toBe(401);
    service.clock.advance(15 * MINUTE);
    expect((await post('/console/auth/password', { email: user.email, password: user.password })).status).toBe(200);
    const [row] = await service.app.deps.db.query<{ failed_sign_ins: number; locked_until: Date | null }>(
      'SELECT failed_sign_ins, locked_until FROM console_users WHERE id = $1',
      [user.id],
    );
    expect(row).toEqual({ failed_sign_ins: 0, locked_until: null });
    const locks = await service.app.deps.db.query<{ actor_type: string; details: { failed_sign_ins: number } }>(
      "SELECT actor_type, details FROM audit_entries WHERE org_id = $1 AND target_id = $2 AND action = 'console.account_locked' ORDER BY seq",
      [service.org.id, user.id],
    );
    expect(locks.map((l) => [l.actor_type, l.details.failed_sign_ins])).toEqual([
      ['system', 5],
      ['system', 6],
    ]);
  });

  it('ends a session after 30 idle minutes, and after 12 hours however busy', async () => {
    const user = await newUser('idle@acme.example', 'agent');
    const idle = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    service.clock.advance(29 * MINUTE);
    expect((await idle.fetch('/console/session')).status).toBe(200);
    service.clock.advance(29 * MINUTE);
    expect((await idle.fetch('/v1/links')).status).toBe(200);
    service.clock.advance(30 * MINUTE);
    expect((await idle.fetch('/console/session')).status).toBe(401);
    expect((await idle.fetch('/v1/links')).status).toBe(401);

    const busy = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      service.clock.advance(20 * MINUTE);
      expect((await busy.fetch('/console/session')).status).toBe(200);
    }
    const last = (await (await busy.fetch('/console/session')).json()) as ConsoleSession;
    expect(new Date(last.expires_at).getTime()).toBeLessThanOrEqual(service.clock.now().getTime() + 20 * MINUTE);
    service.clock.advance(20 * MINUTE);
    expect((await busy.fetch('/console/session')).status).toBe(401);
    // Sessions that ended over a day ago are deleted at the user's next sign-in.
    const count = async () =>
      (
        await service.app.deps.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM console_sessions WHERE user_id = $1',
          [user.id],
        )
      )[0]!.n;
    expect(await count()).toBe(2);
    service.clock.advance(25 * 60 * MINUTE);
    await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    expect(await count()).toBe(1);
  });

  it('refuses unsafe /v1 calls without the right CSRF token (403, nothing changed) and takes them with it', async () => {
    const user = await newUser('csrf@acme.example');
    const admin = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    const body = { name: 'Console Link', proofs: [{ type: 'email_possession', required: true }], assurance: 'low' };
    const before = await snapshotTables(service.app.deps.db);
    for (const csrf of [
      null,
      '',
      'x',
      admin.session.csrf_token.slice(0, -1),
      `${admin.session.csrf_token}x`,
      admin.session.csrf_token.toUpperCase(),
    ]) {
      const response = await admin.fetch('/v1/links', { method: 'POST', body, csrf });
      expect({ csrf, status: response.status }).toEqual({ csrf, status: 403 });
    }
    for (const [method, path] of [
      ['DELETE', `/v1/links/${service.org.linkId}`],
      ['PATCH', '/v1/organization'],
      ['POST', '/console/auth/sign-out'],
    ] as const) {
      const response = await admin.fetch(path, {
        method,
        ...(method === 'PATCH' ? { body: { name: 'x' } } : {}),
        csrf: null,
      });
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
    expect(await snapshotTables(service.app.deps.db)).toEqual(before);
    const created = await admin.fetch('/v1/links', { method: 'POST', body });
    expect(created.status).toBe(201);
  });

  it('lets a Bearer key win over a cookie', async () => {
    const user = await newUser('both@acme.example');
    const admin = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    const reader = await service.org.client.createApiKey({ body: { name: 'reader', scopes: ['verifications:read'] } });
    const withKey = await admin.fetch('/v1/api-keys', {
      method: 'POST',
      body: { name: 'x', scopes: ['admin'] },
      headers: { authorization: `Bearer ${reader.key}` },
    });
    expect(withKey.status).toBe(403);
    const badKey = await admin.fetch('/v1/links', { headers: { authorization: 'Bearer hv_unknown' } });
    expect(badKey.status).toBe(401);
  });

  it('signs out: 204, the cookie cleared and the session unusable; a new sign-in replaces the old session', async () => {
    const user = await newUser('bye@acme.example');
    const first = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    // Signing in again from the same browser ends the session it had.
    const again = await fetch(`${service.baseUrl}/console/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: first.cookie },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    const second = consoleCookieOf(again)!;
    expect(second).not.toBe(first.cookie);
    expect((await first.fetch('/console/session')).status).toBe(401);
    const secondSession = (await again.json()) as ConsoleSession;
    const out = await fetch(`${service.baseUrl}/console/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: second, 'x-csrf-token': secondSession.csrf_token },
    });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().find((c) => c.startsWith('hv_console='))).toMatch(
      /^hv_console=;.*Expires=Thu, 01 Jan 1970/,
    );
    expect((await fetch(`${service.baseUrl}/console/session`, { headers: { cookie: second } })).status).toBe(401);
    expect((await fetch(`${service.baseUrl}/v1/links`, { headers: { cookie: second } })).status).toBe(401);
  });

  it('refuses a form-encoded sign-in (cross-site forms) and bad bodies without signing in', async () => {
    const user = await newUser('form@acme.example');
    const form = await fetch(`${service.baseUrl}/console/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: user.email, password: user.password }).toString(),
    });
    expect(form.status).toBe(415);
    expect(consoleCookieOf(form)).toBeNull();
    for (const body of [
      {},
      { email: user.email },
      { email: user.email, password: user.password, extra: 1 },
      { email: 42, password: user.password },
    ]) {
      const response = await post('/console/auth/password', body);
      expect(response.status).toBe(422);
      expect(consoleCookieOf(response)).toBeNull();
    }
  });

  it('changes the password: a weak one is refused, a strong one ends the other sessions', async () => {
    const user = await newUser('change@acme.example');
    const here = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    const elsewhere = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    const change = (current_password: string, new_password: string, csrf?: string | null) =>
      here.fetch('/console/auth/password/change', {
        method: 'POST',
        body: { current_password, new_password },
        ...(csrf !== undefined ? { csrf } : {}),
      });
    expect((await change(user.password, 'a much better passphrase', null)).status).toBe(403);
    expect((await change('not it at all', 'a much better passphrase')).status).toBe(401);
    for (const weak of ['short', 'password1234', 'Password1234', 'change.me.change', 'aaaaaaaaaaaaaaaa']) {
      const response = await change(user.password, weak);
      expect({ weak, status: response.status }).toEqual({ weak, status: 422 });
    }
    expect((await change(user.password, 'correct horse battery staple 7')).status).toBe(204);
    expect((await here.fetch('/console/session')).status).toBe(200);
    expect((await elsewhere.fetch('/console/session')).status).toBe(401);
    expect((await post('/console/auth/password', { email: user.email, password: user.password })).status).toBe(401);
    expect(
      (await post('/console/auth/password', { email: user.email, password: 'correct horse battery staple 7' })).status,
    ).toBe(200);
  });

  it('records sign-in, password change and sign-out in the audit log as the user', async () => {
    const user = await newUser('audited@acme.example');
    const me = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    expect(
      (
        await me.fetch('/console/auth/password/change', {
          method: 'POST',
          body: { current_password: user.password, new_password: 'a brand new recorded passphrase' },
        })
      ).status,
    ).toBe(204);
    expect((await me.fetch('/console/auth/sign-out', { method: 'POST' })).status).toBe(204);
    const rows = await service.app.deps.db.query<{
      action: string;
      actor_type: string;
      actor_id: string;
      actor_label: string;
      details: Record<string, unknown>;
    }>(
      'SELECT action, actor_type, actor_id, actor_label, details FROM audit_entries WHERE org_id = $1 AND target_id = $2 ORDER BY seq',
      [service.org.id, user.id],
    );
    expect(rows.filter((r) => r.action.startsWith('console.'))).toEqual([
      {
        action: 'console.sign_in',
        actor_type: 'user',
        actor_id: user.id,
        actor_label: user.email,
        details: { method: 'password' },
      },
      {
        action: 'console.password_changed',
        actor_type: 'user',
        actor_id: user.id,
        actor_label: user.email,
        details: {},
      },
      { action: 'console.sign_out', actor_type: 'user', actor_id: user.id, actor_label: user.email, details: {} },
    ]);
  });

  it('ends the sessions of a disabled user at once and refuses their sign-in', async () => {
    const user = await newUser('gone@acme.example', 'agent');
    const agent = await signInWithPasswordOverHttp(service.baseUrl, user.email, user.password);
    await service.org.client.updateUser({ params: { id: user.id }, body: { disabled: true } });
    expect((await agent.fetch('/console/session')).status).toBe(401);
    expect((await post('/console/auth/password', { email: user.email, password: user.password })).status).toBe(401);
  });
});
