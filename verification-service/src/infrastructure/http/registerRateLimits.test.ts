import type { FastifyInstance } from 'fastify';
import { createHttpServer } from './createHttpServer';
import { registerRateLimits, type RateLimits } from './registerRateLimits';

const rule = (max: number) => ({ max, windowMs: 60_000 });
const SMALL: RateLimits = {
  consoleSignIn: { perAddress: rule(4), perAccount: rule(2) },
  consolePasswordless: { perAddress: rule(2) },
  employeeLink: { perAddress: rule(3) },
  employeeSession: { perAddress: rule(3) },
};

describe('registerRateLimits', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await createHttpServer({ logger: false, trustProxy: ['127.0.0.1'] });
    await registerRateLimits(app, SMALL);
    app.post('/console/auth/password', async () => ({ ok: true }));
    app.post('/console/auth/passkey/options', async () => ({ ok: true }));
    app.get('/v/:token', async () => ({ ok: true }));
    app.post('/v/:token/start', async () => ({ ok: true }));
    app.post('/session/proofs/:type/:action', async () => ({ ok: true }));
    app.get('/healthz', async () => ({ ok: true }));
  });
  afterEach(() => app.close());

  const call = (method: 'GET' | 'HEAD' | 'POST', url: string, from: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: { 'x-forwarded-for': from, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  it('answers past the limit with a 429 rate_limited problem and Retry-After, per address', async () => {
    for (let i = 0; i < 3; i++) expect((await call('GET', `/v/t${i}`, '203.0.113.1')).statusCode).toBe(200);
    const limited = await call('POST', '/v/t/start', '203.0.113.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({
      type: 'urn:helpdesk-verify:problem:rate-limited',
      status: 429,
      detail: expect.stringContaining('at most 3 per 60 s'),
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await call('GET', '/v/t', '203.0.113.2')).statusCode).toBe(200);
    // Groups count apart, and routes outside them are never limited.
    expect((await call('POST', '/session/proofs/phone_code/check', '203.0.113.1')).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) expect((await call('GET', '/healthz', '203.0.113.1')).statusCode).toBe(200);
  });

  it('counts a HEAD request once', async () => {
    for (let i = 0; i < 3; i++) expect((await call('HEAD', '/v/t', '203.0.113.3')).statusCode).toBe(200);
    expect((await call('HEAD', '/v/t', '203.0.113.3')).statusCode).toBe(429);
  });

  it('counts IPv6 clients by /64 prefix', async () => {
    expect((await call('POST', '/console/auth/passkey/options', '2001:db8:1:2::1')).statusCode).toBe(200);
    expect((await call('POST', '/console/auth/passkey/options', '2001:db8:1:2:ffff::9')).statusCode).toBe(200);
    expect((await call('POST', '/console/auth/passkey/options', '2001:db8:1:2::77')).statusCode).toBe(429);
    expect((await call('POST', '/console/auth/passkey/options', '2001:db8:1:3::1')).statusCode).toBe(200);
  });

  it('limits sign-in per account, read from the body as sign-in reads the email, and per address', async () => {
    expect(
      (await call('POST', '/console/auth/password', '203.0.113.10', { email: 'Ada@Acme.example', password: 'x' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call('POST', '/console/auth/password', '203.0.113.11', { email: ' ada@acme.example ', password: 'x' }))
        .statusCode,
    ).toBe(200);
    const account = await call('POST', '/console/auth/password', '203.0.113.12', {
      email: 'ada@acme.example',
      password: 'x',
    });
    expect(account.statusCode).toBe(429);
    expect(account.json().detail).toContain('for this account');
    // A body without an email is not counted against any account (validation refuses it).
    expect((await call('POST', '/console/auth/password', '203.0.113.12', { password: 'x' })).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      expect(
        (
          await call('POST', '/console/auth/password', '203.0.113.12', {
            email: `other${i}@acme.example`,
            password: 'x',
          })
        ).statusCode,
      ).toBe(200);
    const address = await call('POST', '/console/auth/password', '203.0.113.12', {
      email: 'another@acme.example',
      password: 'x',
    });
    expect(address.statusCode).toBe(429);
    expect(address.json().detail).toContain('from this address');
  });
});
