import { createHttpServer } from './createHttpServer';

describe('createHttpServer', () => {
  it('answers unknown routes and malformed JSON with problem+json', async () => {
    const app = await createHttpServer({ logger: false });
    app.post('/echo', async (request) => request.body);
    const missing = await app.inject({ method: 'GET', url: '/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.json()).toMatchObject({ type: 'urn:helpdesk-verify:problem:not-found', status: 404 });
    const malformed = await app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ type: 'urn:helpdesk-verify:problem:malformed-request' });
    const xml = await app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    const huge = await app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ a: 'x'.repeat(11 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    expect(missing.headers['referrer-policy']).toBe('no-referrer');
    await app.close();
  });

  it('sets and reads cookies', async () => {
    const app = await createHttpServer({ logger: false });
    app.get('/set', async (_request, reply) => reply.setCookie('a', 'b', { httpOnly: true }).send({ ok: true }));
    const res = await app.inject({ method: 'GET', url: '/set' });
    expect(res.headers['set-cookie']).toMatch(/^a=b;.*HttpOnly/);
    await app.close();
  });

  // Issue 12: no Strict-Transport-Security even when the service is only reached over https.
  it('sends Strict-Transport-Security on every response when asked, and none otherwise', async () => {
    const hsts = await createHttpServer({ logger: false, hstsMaxAgeSeconds: 31_536_000 });
    hsts.get('/ok', async () => ({ ok: true }));
    hsts.post('/echo', async (request) => request.body);
    const answers = [
      await hsts.inject({ method: 'GET', url: '/ok' }),
      await hsts.inject({ method: 'GET', url: '/nope' }),
      await hsts.inject({
        method: 'POST',
        url: '/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{"a":',
      }),
      await hsts.inject({ method: 'GET', url: '/%FF' }),
    ];
    expect(answers.map((a) => [a.statusCode, a.headers['strict-transport-security']])).toEqual([
      [200, 'max-age=31536000'],
      [404, 'max-age=31536000'],
      [400, 'max-age=31536000'],
      [400, 'max-age=31536000'],
    ]);
    await hsts.close();
    for (const hstsMaxAgeSeconds of [undefined, 0]) {
      const plain = await createHttpServer({
        logger: false,
        ...(hstsMaxAgeSeconds === undefined ? {} : { hstsMaxAgeSeconds }),
      });
      plain.get('/ok', async () => ({ ok: true }));
      expect((await plain.inject({ method: 'GET', url: '/ok' })).headers).not.toHaveProperty(
        'strict-transport-security',
      );
      await plain.close();
    }
  });
});
