import { createNodeHttpSender } from './createNodeHttpSender';
import {
  startWebhookReceiver,
  type ReceiverAnswer,
  type WebhookReceiver,
} from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';

describe('createNodeHttpSender', () => {
  let receiver: WebhookReceiver;
  const send = createNodeHttpSender({ allowPrivate: true });
  const post = (path: string, sender = send) =>
    sender({
      url: `${receiver.url}${path}`,
      headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1' },
      body: '{"a":1}',
    });

  beforeAll(async () => {
    receiver = await startWebhookReceiver((req): ReceiverAnswer => {
      if (req.path === '/redirect') return { status: 302, headers: { location: '/elsewhere' }, body: 'moved' };
      if (req.path === '/big') return { status: 200, body: 'x'.repeat(1024 * 1024) };
      if (req.path === '/slow') return { status: 200, hold: 2000 };
      if (req.path === '/busy') return { status: 503, headers: { 'retry-after': '120' }, body: 'later' };
      return { status: 204 };
    });
  });
  afterAll(() => receiver.close());

  it('POSTs the body and headers and returns the status', async () => {
    expect(await post('/ok')).toEqual({ kind: 'response', status: 204, headers: expect.any(Object), body: '' });
    const got = receiver.received.at(-1);
    expect(got).toMatchObject({
      path: '/ok',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1', 'content-length': '7' },
    });
  });

  it('returns response headers with lower-case names', async () => {
    expect(await post('/busy')).toMatchObject({
      kind: 'response',
      status: 503,
      headers: { 'retry-after': '120' },
      body: 'later',
    });
  });

  it('never follows a redirect', async () => {
    const before = receiver.received.length;
    expect(await post('/redirect')).toMatchObject({ kind: 'response', status: 302, body: 'moved' });
    expect(receiver.received.slice(before).map((r) => r.path)).toEqual(['/redirect']);
  });

  it('reads at most 64 KB of the answer', async () => {
    const result = await post('/big');
    expect(result).toMatchObject({ kind: 'response', status: 200 });
    expect(result.kind === 'response' && result.body.length).toBe(64 * 1024);
  });

  it('gives up at the deadline', async () => {
    const result = await post('/slow', createNodeHttpSender({ allowPrivate: true, timeoutMs: 100 }));
    expect(result).toEqual({ kind: 'error', error: 'timed out after 0.1 s' });
  });

  it('reports a refused connection as an error', async () => {
    const result = await send({ url: 'http://127.0.0.1:1/', headers: {}, body: '' });
    expect(result).toEqual({ kind: 'error', error: expect.stringContaining('ECONNREFUSED') });
  });

  it('refuses loopback targets, literal or by name, unless private targets are allowed', async () => {
    const strict = createNodeHttpSender({ allowPrivate: false });
    const before = receiver.received.length;
    const literal = await post('/ok', strict);
    expect(literal).toEqual({
      kind: 'error',
      error: expect.stringMatching(/^127\.0\.0\.1 is a loopback address: webhook targets must be public/),
    });
    const named = await strict({ url: `http://localhost:${receiver.port}/ok`, headers: {}, body: '' });
    expect(named).toEqual({ kind: 'error', error: expect.stringMatching(/^localhost resolves to .*loopback/) });
    expect(receiver.received.length).toBe(before);
  });

  it('refuses schemes other than http(s)', async () => {
    expect(await send({ url: 'ftp://127.0.0.1/', headers: {}, body: '' })).toEqual({
      kind: 'error',
      error: 'webhook URLs must use http or https, not ftp',
    });
  });
});
