import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { manualClock } from '../../../kernel/clock';
import {
  createLocalOutbox,
  type CapturedMessage,
  type LocalOutbox,
} from '../../../infrastructure/messaging/capture/createLocalOutbox';
import { registerOutboxPage } from './registerOutboxPage';

// Real HTTP on 127.0.0.1 rather than app.inject: light-my-request needs cookie@2, an ES module
// jest's CommonJS runtime cannot load on Node 20.
async function listen(app: FastifyInstance) {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return async (path: string) => {
    const res = await fetch(`${address}${path}`, { redirect: 'manual' });
    const body = await res.text();
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return {
      statusCode: res.status,
      headers,
      body,
      json: () => JSON.parse(body) as unknown,
    };
  };
}

describe('registerOutboxPage', () => {
  let dir: string;
  let outbox: LocalOutbox;
  let app: FastifyInstance;
  let get: Awaited<ReturnType<typeof listen>>;
  let email: CapturedMessage;
  let sms: CapturedMessage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hv-outbox-page-'));
    const clock = manualClock(new Date('2026-01-15T09:00:00.000Z'));
    outbox = createLocalOutbox({ dir, clock });
    email = await outbox.record({
      channel: 'email',
      to: 'ann@example.com',
      subject: 'Acme <script>alert("s")</script> help desk',
      text: 'Hello Ann & co,\nOpen https://verify.example.com/v/tok1?a=1&b=2 now.\n<b>not bold</b>',
      html: '<p style="color:red">Hi "Ann"</p><script>alert(1)</script><a href="https://verify.example.com/v/tok1?a=1&amp;b=2">Go</a>',
    });
    clock.advance(60_000);
    sms = await outbox.record({
      channel: 'sms',
      to: '+14155550100',
      text: 'Your code is 123456. https://verify.example.com/v/tok2',
    });
    app = Fastify();
    registerOutboxPage(app, { outbox });
    get = await listen(app);
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  function expectSafeHeaders(headers: Record<string, string>): void {
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-store');
  }

  it('lists captured messages newest first, escaped, with links, codes and full text, refreshing every 5 s', async () => {
    const res = await get('/dev/outbox');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSafeHeaders(res.headers);
    const page = res.body;
    expect(page).toContain('<meta http-equiv="refresh" content="5">');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<html lang="en">');
    expect(page.indexOf('+14155550100')).toBeLessThan(page.indexOf('ann@example.com'));
    expect(page).toContain(
      `<a href="/dev/outbox/${sms.id}">Your code is 123456. https://verify.example.com/v/tok2</a>`,
    );
    expect(page).toContain(
      `<a href="/dev/outbox/${email.id}">Acme &lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt; help desk</a>`,
    );
    expect(page).toContain(
      '<a href="https://verify.example.com/v/tok1?a=1&amp;b=2" rel="noreferrer">https://verify.example.com/v/tok1?a=1&amp;b=2</a>',
    );
    expect(page).toContain('<a href="https://verify.example.com/v/tok2" rel="noreferrer">');
    expect(page).toContain('<code>123456</code>');
    expect(page).toContain('<time datetime="2026-01-15T09:01:00.000Z">2026-01-15 09:01:00 UTC</time>');
    expect(page).toContain(
      'Hello Ann &amp; co,\nOpen https://verify.example.com/v/tok1?a=1&amp;b=2 now.\n&lt;b&gt;not bold&lt;/b&gt;',
    );
    expect(page).not.toMatch(/<script|<link|<img|src=/i);
  });

  it('shows one message with the HTML part in a sandboxed srcdoc iframe and the text part', async () => {
    const res = await get(`/dev/outbox/${email.id}`);
    expect(res.statusCode).toBe(200);
    expectSafeHeaders(res.headers);
    const iframe = /<iframe ([^>]*)><\/iframe>/.exec(res.body)?.[1] ?? '';
    expect(iframe).toContain('sandbox=""');
    expect(iframe).toContain(
      'srcdoc="&lt;p style=&quot;color:red&quot;&gt;Hi &quot;Ann&quot;&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href=&quot;https://verify.example.com/v/tok1?a=1&amp;amp;b=2&quot;&gt;Go&lt;/a&gt;"',
    );
    expect(res.body).toContain('<dt>To</dt><dd>ann@example.com</dd>');
    expect(res.body).toContain('<h2 id="text-part">Text part</h2>');
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).not.toContain('<meta http-equiv="refresh"');
  });

  it('shows an SMS without an iframe, with its code', async () => {
    const res = await get(`/dev/outbox/${sms.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<iframe');
    expect(res.body).toContain('<dt>Code</dt><dd>123456</dd>');
  });

  it('answers 404 for an unknown or malformed id, escaping it', async () => {
    const unknown = await get('/dev/outbox/out_1768467600000000_ZZZZZZZZ');
    expect(unknown.statusCode).toBe(404);
    expectSafeHeaders(unknown.headers);
    const hostile = await get(`/dev/outbox/${encodeURIComponent('<img src=x>')}`);
    expect(hostile.statusCode).toBe(404);
    expect(hostile.body).toContain('&lt;img src=x&gt;');
    expect(hostile.body).not.toContain('<img');
    const traversal = await get(`/dev/outbox/${encodeURIComponent('../../etc/passwd')}`);
    expect(traversal.statusCode).toBe(404);
  });

  it('lists messages as JSON, newest first, with a limit', async () => {
    const res = await get('/dev/outbox.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ data: [sms, email] });
    const one = await get('/dev/outbox.json?limit=1');
    expect(one.json()).toEqual({ data: [sms] });
    const bad = await get('/dev/outbox.json?limit=abc');
    expect(bad.json()).toEqual({ data: [sms, email] });
  });

  it('says so when nothing was captured, under another base path', async () => {
    const emptyDir = await mkdtemp(join(tmpdir(), 'hv-outbox-empty-'));
    const other = Fastify();
    try {
      registerOutboxPage(other, { outbox: createLocalOutbox({ dir: join(emptyDir, 'none') }), basePath: '/_outbox' });
      const getOther = await listen(other);
      const res = await getOther('/_outbox');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('No messages yet.');
      expect((await getOther('/_outbox.json')).json()).toEqual({ data: [] });
      expect((await getOther('/dev/outbox')).statusCode).toBe(404);
    } finally {
      await other.close();
      await rm(emptyDir, { recursive: true, force: true });
    }
  });

  it.each(['dev/outbox', '/dev/outbox/', '/', '/dev//outbox', '/dev/out box'])(
    'refuses the base path %j',
    (basePath) => {
      expect(() => registerOutboxPage(Fastify(), { outbox, basePath })).toThrow(TypeError);
    },
  );
});
