import { ConsoleSession } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { SoftAuthenticator } from '../../passkeys/softAuthenticator';
import { consoleCookieOf, signInWithPasswordOverHttp, type ConsoleCaller } from './consoleCaller';

describe.each(DATABASE_KINDS)('console passkey sign-in for local accounts (%s)', (kind) => {
  let service: TestService;
  let origin: string;
  let me: ConsoleCaller;
  let userId: string;
  let key: SoftAuthenticator;
  const post = (path: string, body?: unknown) =>
    fetch(`${service.baseUrl}${path}`, {
      method: 'POST',
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
  const signInOptions = async () =>
    (await (await post('/console/auth/passkey/options')).json()) as { challenge: string };

  beforeAll(async () => {
    service = await startTestService(kind, { publicHost: 'localhost' });
    origin = service.app.deps.config.publicUrl;
    const made = await service.org.client.createUser({
      body: { email: 'pia@acme.example', name: 'Pia', role: 'admin', initial_password: true },
    });
    userId = made.id;
    me = await signInWithPasswordOverHttp(service.baseUrl, made.email, made.initial_password!);
    key = new SoftAuthenticator('localhost', origin);
  }, 120_000);
  afterAll(() => service?.close());

  it('enrols a passkey from the session (CSRF token required)', async () => {
    expect((await me.fetch('/console/auth/passkey/register/options', { method: 'POST', csrf: null })).status).toBe(403);
    const options = await me.fetch('/console/auth/passkey/register/options', { method: 'POST' });
    expect(options.status).toBe(200);
    const body = (await options.json()) as {
      challenge: string;
      rp: { id: string };
      authenticatorSelection: { residentKey: string; userVerification: string };
    };
    expect(body.rp.id).toBe('localhost');
    expect(body.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
    const registration = key.register(body);
    expect(
      (await me.fetch('/console/auth/passkey/register/verify', { method: 'POST', body: registration, csrf: null }))
        .status,
    ).toBe(403);
    const verified = await me.fetch('/console/auth/passkey/register/verify', { method: 'POST', body: registration });
    expect(verified.status).toBe(201);
    // The same enrolment answer again finds its challenge used up.
    expect(
      (await me.fetch('/console/auth/passkey/register/verify', { method: 'POST', body: registration })).status,
    ).toBe(422);
    const rows = await service.app.deps.db.query<{ user_id: string }>(
      'SELECT user_id FROM console_passkeys WHERE org_id = $1',
      [service.org.id],
    );
    expect(rows).toEqual([{ user_id: userId }]);
  });

  it('signs in with the passkey: a session and cookie, without a password', async () => {
    const response = await post('/console/auth/passkey/verify', key.assert(await signInOptions()));
    expect(response.status).toBe(200);
    expect(ConsoleSession.parse(await response.json()).user).toMatchObject({ id: userId, role: 'admin' });
    const cookie = consoleCookieOf(response)!;
    expect((await fetch(`${service.baseUrl}/console/session`, { headers: { cookie } })).status).toBe(200);
    const [session] = await service.app.deps.db.query<{ method: string }>(
      "SELECT method FROM console_sessions WHERE user_id = $1 AND method = 'passkey'",
      [userId],
    );
    expect(session).toEqual({ method: 'passkey' });
  });

  it('refuses a replayed assertion, another origin, tampered client data, a backwards counter and an unknown passkey', async () => {
    const refused = async (label: string, body: unknown) => {
      const response = await post('/console/auth/passkey/verify', body);
      expect({ label, status: response.status, cookie: consoleCookieOf(response) }).toEqual({
        label,
        status: 401,
        cookie: null,
      });
    };
    const good = key.assert(await signInOptions());
    expect((await post('/console/auth/passkey/verify', good)).status).toBe(200);
    await refused('replayed', good);
    await refused('other origin', key.assert(await signInOptions(), { origin: 'https://evil.example' }));
    await refused(
      'tampered client data',
      key.assert(await signInOptions(), { clientData: (json) => json.replace('webauthn.get', 'webauthn.create') }),
    );
    key.counter = 0;
    await refused('counter went backwards', key.assert(await signInOptions()));
    key.counter = 100;
    await refused('unknown passkey', new SoftAuthenticator('localhost', origin).assert(await signInOptions()));
    await refused('challenge never issued', key.assert({ challenge: 'A'.repeat(43) }));
    const enrolChallenge = (await (
      await me.fetch('/console/auth/passkey/register/options', { method: 'POST' })
    ).json()) as { challenge: string };
    await refused('an enrolment challenge', key.assert(enrolChallenge));
    for (const junk of [{}, [], { id: 'x' }, { id: key.id, response: null }])
      await refused(`junk ${JSON.stringify(junk)}`, junk);
    expect((await post('/console/auth/passkey/verify', key.assert(await signInOptions()))).status).toBe(200);
  });

  it("lists and removes only the user's own passkeys (removal needs the CSRF token)", async () => {
    const listed = (await (await me.fetch('/console/auth/passkeys')).json()) as {
      data: { credential_id: string; last_used_at: string | null }[];
    };
    expect(listed.data).toEqual([expect.objectContaining({ credential_id: key.id })]);
    expect(listed.data[0]!.last_used_at).not.toBeNull();
    const other = await service.org.client.createUser({
      body: { email: 'otto@acme.example', name: 'Otto', role: 'agent', initial_password: true },
    });
    const otto = await signInWithPasswordOverHttp(service.baseUrl, other.email, other.initial_password!);
    expect(((await (await otto.fetch('/console/auth/passkeys')).json()) as { data: unknown[] }).data).toEqual([]);
    expect((await otto.fetch(`/console/auth/passkeys/${key.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await me.fetch(`/console/auth/passkeys/${key.id}`, { method: 'DELETE', csrf: null })).status).toBe(403);
    const spare = new SoftAuthenticator('localhost', origin);
    const options = (await (await me.fetch('/console/auth/passkey/register/options', { method: 'POST' })).json()) as {
      challenge: string;
    };
    expect(
      (await me.fetch('/console/auth/passkey/register/verify', { method: 'POST', body: spare.register(options) }))
        .status,
    ).toBe(201);
    expect((await me.fetch(`/console/auth/passkeys/${spare.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await post('/console/auth/passkey/verify', spare.assert(await signInOptions()))).status).toBe(401);
    expect((await post('/console/auth/passkey/verify', key.assert(await signInOptions()))).status).toBe(200);
  });

  it('refuses an expired challenge and a disabled user', async () => {
    const options = await signInOptions();
    service.clock.advance(3 * 60_000);
    expect((await post('/console/auth/passkey/verify', key.assert(options))).status).toBe(401);
    await service.org.client.createUser({
      body: { email: 'second.admin@acme.example', name: 'Second', role: 'admin' },
    });
    await service.org.client.updateUser({ params: { id: userId }, body: { disabled: true } });
    expect((await post('/console/auth/passkey/verify', key.assert(await signInOptions()))).status).toBe(401);
  });
});
