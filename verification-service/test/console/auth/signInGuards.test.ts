import { Problem } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { DEFAULT_RATE_LIMITS } from '../../../src/infrastructure/http/registerRateLimits';
import { consoleCookieOf } from './consoleCaller';

/**
 * Issue 12: the guards of the unauthenticated console and employee endpoints. The service trusts
 * 127.0.0.1 as its reverse proxy, so each case names its own client address in X-Forwarded-For and
 * the per-address counts of one case do not reach another.
 */
describe.each(DATABASE_KINDS)('console sign-in and employee page guards over HTTP (%s)', (kind) => {
  let service: TestService;
  let nextAddress = 1;
  /** A client address no other request of this file used. */
  const newAddress = () => `198.51.100.${nextAddress++}`;
  const send = (path: string, init: { method?: string; from: string; body?: string; contentType?: string }) =>
    fetch(`${service.baseUrl}${path}`, {
      method: init.method ?? 'POST',
      redirect: 'manual',
      headers: {
        'x-forwarded-for': init.from,
        ...(init.body !== undefined ? { 'content-type': init.contentType ?? 'application/json' } : {}),
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  const signIn = (from: string, email: string, password: string) =>
    send('/console/auth/password', { from, body: JSON.stringify({ email, password }) });
  const newUser = async (email: string) => {
    const made = await service.org.client.createUser({
      body: { email, name: 'x', role: 'agent', initial_password: true },
    });
    return { id: made.id, email, password: made.initial_password! };
  };
  const stateOf = async (id: string) =>
    (
      await service.app.deps.db.query<{ failed_sign_ins: number }>(
        'SELECT failed_sign_ins FROM console_users WHERE id = $1',
        [id],
      )
    )[0]!.failed_sign_ins;
  /** The answer is a 429 rate_limited problem with a Retry-After of at most the window. */
  const expectRateLimited = async (response: Response, windowMs: number) => {
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(await response.json())).toMatchObject({
      type: 'urn:helpdesk-verify:problem:rate-limited',
      status: 429,
    });
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= windowMs / 1000).toBe(true);
  };

  beforeAll(async () => {
    service = await startTestService(kind, { env: { HV_TRUSTED_PROXIES: '127.0.0.1' } });
  }, 120_000);
  afterAll(() => service?.close());

  // Issue 12: 100 wrong passwords at once, then the right one, signed in.
  it('checks no more than five of 100 parallel wrong passwords and refuses the right one while locked', async () => {
    const user = await newUser('burst@acme.example');
    const burst = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(newAddress(), user.email, `wrong password ${i}`)),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(burst.every((r) => consoleCookieOf(r) === null)).toBe(true);
    // The account limit answered the excess at once; of the rest, five were checked and the others refused as locked.
    expect(statuses.filter((s) => s === 429).length).toBe(100 - DEFAULT_RATE_LIMITS.consoleSignIn.perAccount.max);
    expect(await stateOf(user.id)).toBe(5);
    const right = await signIn(newAddress(), user.email, user.password);
    expect([401, 429]).toContain(right.status);
    expect(consoleCookieOf(right)).toBeNull();
  }, 120_000);

  it('limits password sign-ins per client address, whatever the accounts', async () => {
    const from = newAddress();
    const { max, windowMs } = DEFAULT_RATE_LIMITS.consoleSignIn.perAddress;
    for (let i = 0; i < max; i++)
      expect((await signIn(from, `nobody${i}@acme.example`, 'not a password')).status).toBe(401);
    await expectRateLimited(await signIn(from, 'someone.else@acme.example', 'not a password'), windowMs);
    // Another address is not affected.
    expect((await signIn(newAddress(), 'someone.else@acme.example', 'not a password')).status).toBe(401);
  }, 120_000);

  it('limits password sign-ins per account, whatever the addresses', async () => {
    const { max, windowMs } = DEFAULT_RATE_LIMITS.consoleSignIn.perAccount;
    for (let i = 0; i < max; i++)
      expect((await signIn(newAddress(), 'Spread@acme.example ', 'not a password')).status).toBe(401);
    await expectRateLimited(await signIn(newAddress(), 'spread@acme.example', 'not a password'), windowMs);
  }, 120_000);

  // Issue 12: 500 calls in 1.5 s each wrote a challenge row.
  it('writes nothing for passkey sign-in options and limits them per address', async () => {
    const count = async () =>
      (await service.app.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM console_webauthn_challenges'))[0]!
        .n;
    const before = await count();
    const from = newAddress();
    const { max, windowMs } = DEFAULT_RATE_LIMITS.consolePasswordless.perAddress;
    const answers = await Promise.all(
      Array.from({ length: max }, () => send('/console/auth/passkey/options', { from })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(max).fill(200));
    expect(await count()).toBe(before);
    await expectRateLimited(await send('/console/auth/passkey/options', { from }), windowMs);
    await expectRateLimited(await send('/console/auth/passkey/verify', { from, body: '{}' }), windowMs);
    expect((await send('/console/auth/passkey/options', { from: newAddress() })).status).toBe(200);
  }, 120_000);

  it('limits the employee link pages and the code checks per address', async () => {
    const link = DEFAULT_RATE_LIMITS.employeeLink.perAddress;
    const from = newAddress();
    const token = `hvl_${'A'.repeat(43)}`;
    for (let i = 0; i < link.max; i++) {
      const response = await send(`/v/${token}${i % 2 === 0 ? '' : '/start'}`, {
        from,
        method: i % 2 === 0 ? 'GET' : 'POST',
      });
      expect(response.status).not.toBe(429);
    }
    await expectRateLimited(await send(`/v/${token}`, { from, method: 'GET' }), link.windowMs);
    await expectRateLimited(await send(`/v/${token}/start`, { from }), link.windowMs);

    const session = DEFAULT_RATE_LIMITS.employeeSession.perAddress;
    const checker = newAddress();
    for (let i = 0; i < session.max; i++) {
      const response = await send('/session/proofs/phone_code/check', {
        from: checker,
        body: 'csrf=x&code=123456',
        contentType: 'application/x-www-form-urlencoded',
      });
      expect(response.status).not.toBe(429);
    }
    await expectRateLimited(
      await send('/session/proofs/phone_code/check', {
        from: checker,
        body: 'csrf=x&code=123456',
        contentType: 'application/x-www-form-urlencoded',
      }),
      session.windowMs,
    );
    expect((await send(`/v/${token}`, { from: newAddress(), method: 'GET' })).status).not.toBe(429);
  }, 120_000);

  // Issue 12: NUL in the sign-in body answered 500; the console now has the /v1 guards.
  it('refuses text that cannot be stored and JSON nested too deep with a problem, counting no attempt', async () => {
    const user = await newUser('nul@acme.example');
    const bodies = [
      '{"email":"nul\\u0000@acme.example","password":"not the password"}',
      `{"email":"${user.email}","password":"a\\u0000b"}`,
      `{"email":"${user.email}","password":"\\ud800"}`,
      `{"email\\u0000":"${user.email}","password":"x"}`,
    ];
    for (const body of bodies) {
      const response = await send('/console/auth/password', { from: newAddress(), body });
      expect({ body, status: response.status }).toEqual({ body, status: 422 });
      expect(Problem.parse(await response.json()).type).toBe('urn:helpdesk-verify:problem:validation-error');
    }
    for (const depth of [33, 5000]) {
      const response = await send('/console/auth/password', {
        from: newAddress(),
        body: `{"email":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      });
      expect({ depth, status: response.status }).toEqual({ depth, status: 422 });
    }
    const sso = await send('/console/auth/oidc/start?org=a%00b', { from: newAddress(), method: 'GET' });
    expect(sso.status).toBe(422);
    expect(await stateOf(user.id)).toBe(0);
  }, 120_000);
});
