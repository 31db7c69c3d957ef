import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { consoleCookieOf } from './consoleCaller';

/**
 * Issue 12: a stranger's guesses lock a password account; the lock always ends, and an admin can
 * end it at once so the real user is not kept out for the lock's whole length.
 */
describe.each(DATABASE_KINDS)('an admin ends a password lock-out (%s)', (kind) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(kind, { env: { HV_TRUSTED_PROXIES: '127.0.0.1' } });
  }, 120_000);
  afterAll(() => service?.close());

  const signIn = (email: string, password: string, from: string) =>
    fetch(`${service.baseUrl}/console/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ email, password }),
    });

  it('shows the lock on the user and clears it with unlock, after which the right password signs in', async () => {
    const made = await service.org.client.createUser({
      body: { email: 'locked@acme.example', name: 'Lou Locked', role: 'agent', initial_password: true },
    });
    expect(made.locked_until).toBeNull();
    for (let i = 0; i < 5; i++)
      expect((await signIn(made.email, `a stranger's guess ${i}`, `203.0.113.${i + 1}`)).status).toBe(401);
    const right = await signIn(made.email, made.initial_password!, '203.0.113.50');
    expect(right.status).toBe(401);
    expect(consoleCookieOf(right)).toBeNull();

    const locked = await service.org.client.getUser({ params: { id: made.id } });
    expect(Date.parse(locked.locked_until!)).toBeGreaterThan(service.clock.now().getTime());

    const unlocked = await service.org.client.updateUser({ params: { id: made.id }, body: { unlock: true } });
    expect(unlocked.locked_until).toBeNull();
    const after = await signIn(made.email, made.initial_password!, '203.0.113.51');
    expect(after.status).toBe(200);
    expect(consoleCookieOf(after)).not.toBeNull();
  }, 120_000);

  it('reads an ended lock as none', async () => {
    const made = await service.org.client.createUser({
      body: { email: 'ends@acme.example', name: 'Eve Ends', role: 'agent', initial_password: true },
    });
    for (let i = 0; i < 5; i++) await signIn(made.email, `guess ${i}`, `203.0.113.${i + 100}`);
    expect((await service.org.client.getUser({ params: { id: made.id } })).locked_until).not.toBeNull();
    service.clock.advance(16 * 60_000);
    expect((await service.org.client.getUser({ params: { id: made.id } })).locked_until).toBeNull();
    expect(
      (await service.org.client.listUsers({ query: { limit: 100 } })).data.find((u) => u.id === made.id)?.locked_until,
    ).toBeNull();
  }, 120_000);

  it('refuses unlock: false and other values (the field only ends a lock)', async () => {
    const made = await service.org.client.createUser({
      body: { email: 'other@acme.example', name: 'Other', role: 'agent' },
    });
    const response = await fetch(`${service.baseUrl}/v1/users/${made.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${service.org.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ unlock: false }),
    });
    expect(response.status).toBe(422);
  }, 120_000);
});
