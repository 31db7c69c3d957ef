import type { IncomingHttpHeaders } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { EventType, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { createWebhookEndpoint } from '../endpoints/createWebhookEndpoint';
import { getWebhookEndpoint } from '../endpoints/getWebhookEndpoint';
import { rotateWebhookSecret } from '../endpoints/rotateWebhookSecret';
import { listWebhookDeliveries } from '../deliveries/listWebhookDeliveries';
import { enqueueEvent } from '../enqueueEvent';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type ReceiverAnswer,
  type WebhookReceiver,
} from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { claimDueDeliveries } from './claimDueDeliveries';
import { deliverDueWebhooks } from './deliverDueWebhooks';
import { createNodeHttpSender } from './createNodeHttpSender';
import { recordAttempt } from './recordAttempt';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from './retrySchedule';

/** Verifies a received request with the independent `standardwebhooks` package, as a receiver at `at` would. */
function verifyAt(secret: string, request: ReceivedWebhook, at: Date): unknown {
  const spy = jest.spyOn(Date, 'now').mockReturnValue(at.getTime());
  try {
    return new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
  } finally {
    spy.mockRestore();
  }
}

const header = (headers: IncomingHttpHeaders, name: string) => headers[name] as string;

describe.each(DATABASE_KINDS)('deliverDueWebhooks on %s', (kind) => {
  let ctx: TestContext;
  const receivers: WebhookReceiver[] = [];
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterEach(async () => {
    // Each test leaves its endpoints disabled so their pending retries stay out of the next test.
    await ctx.db.query('UPDATE webhook_endpoints SET enabled = false');
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });
  afterAll(() => ctx.db.close());

  async function subscribe(answer?: (request: ReceivedWebhook, index: number) => ReceiverAnswer) {
    const receiver = await startWebhookReceiver(answer);
    receivers.push(receiver);
    const endpoint = await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: `${receiver.url}/hook`, description: 'test', event_types: [] },
    });
    return { receiver, endpoint };
  }
  const enqueue = (eventType: EventType = 'trust_check.completed') =>
    ctx.db.transaction((tx) =>
      enqueueEvent(ctx, {
        tx,
        orgId: ctx.orgId,
        eventType,
        verificationId: 'ver_0123456789abcdef',
        payload: sampleTrustCheckEvent(eventType),
      }),
    );
  const deliveriesOf = async (endpoint: WebhookEndpointWithSecret) =>
    (await listWebhookDeliveries(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, query: { limit: 100 } })).data;

  it('sends a Standard Webhooks request that the standardwebhooks package verifies', async () => {
    const { receiver, endpoint } = await subscribe(() => ({ status: 200, body: 'thanks' }));
    const messageId = await enqueue();
    expect(await deliverDueWebhooks(ctx)).toEqual({ attempted: 1, succeeded: 1, failed: 0, retried: 0 });

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received as [ReceivedWebhook];
    expect(request.path).toBe('/hook');
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'HelpdeskVerify-Webhooks/0.1',
      'webhook-id': messageId,
      'webhook-timestamp': String(Math.floor(ctx.clock.now().getTime() / 1000)),
    });
    expect(header(request.headers, 'webhook-signature')).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(verifyAt(endpoint.secret, request, ctx.clock.now())).toEqual(sampleTrustCheckEvent());
    expect(() =>
      verifyAt(endpoint.secret, { ...request, body: request.body.replace('Dana', 'Eve') }, ctx.clock.now()),
    ).toThrow('No matching signature found');

    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({
      message_id: messageId,
      status: 'succeeded',
      attempt_count: 1,
      next_attempt_at: null,
    });
    expect(delivery?.attempts).toEqual([
      {
        attempted_at: ctx.clock.now().toISOString(),
        status_code: 200,
        latency_ms: expect.any(Number),
        response_excerpt: 'thanks',
        error: null,
      },
    ]);
    expect(await deliverDueWebhooks(ctx)).toEqual({ attempted: 0, succeeded: 0, failed: 0, retried: 0 });
  });

  it('retries on the published schedule with the same webhook-id and a fresh timestamp and signature, then fails', async () => {
    const { receiver, endpoint } = await subscribe(() => ({ status: 500, body: 'x'.repeat(5000) }));
    const messageId = await enqueue();
    const firstFailure = ctx.clock.now();
    const sentAt: Date[] = [ctx.clock.now()];
    expect(await deliverDueWebhooks(ctx)).toEqual({ attempted: 1, succeeded: 0, failed: 0, retried: 1 });
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).failing_since).toBe(
      firstFailure.toISOString(),
    );

    for (const [index, delay] of RETRY_DELAYS_MS.entries()) {
      const [pending] = await deliveriesOf(endpoint);
      expect(pending).toMatchObject({ status: 'pending', attempt_count: index + 1 });
      expect(pending?.next_attempt_at).toBe(new Date(ctx.clock.now().getTime() + delay).toISOString());
      if (delay > 0) {
        ctx.clock.advance(delay - 1000);
        expect((await deliverDueWebhooks(ctx)).attempted).toBe(0);
        ctx.clock.advance(1000);
      }
      sentAt.push(ctx.clock.now());
      const last = index === RETRY_DELAYS_MS.length - 1;
      expect(await deliverDueWebhooks(ctx)).toEqual({
        attempted: 1,
        succeeded: 0,
        failed: last ? 1 : 0,
        retried: last ? 0 : 1,
      });
    }

    expect(receiver.received).toHaveLength(9);
    expect(new Set(receiver.received.map((r) => header(r.headers, 'webhook-id')))).toEqual(new Set([messageId]));
    expect(receiver.received.map((r) => Number(header(r.headers, 'webhook-timestamp')))).toEqual(
      sentAt.map((at) => Math.floor(at.getTime() / 1000)),
    );
    // The immediate retry may fall in the same second: its signature is then the same.
    expect(new Set(receiver.received.map((r) => header(r.headers, 'webhook-signature'))).size).toBe(8);
    receiver.received.forEach((request, i) =>
      expect(verifyAt(endpoint.secret, request, sentAt[i] as Date)).toBeTruthy(),
    );

    const [failed] = await deliveriesOf(endpoint);
    expect(failed).toMatchObject({ status: 'failed', attempt_count: 9, next_attempt_at: null });
    expect(failed?.attempts).toHaveLength(9);
    expect(failed?.attempts[0]).toMatchObject({
      attempted_at: ctx.clock.now().toISOString(),
      status_code: 500,
      error: 'HTTP 500',
    });
    expect(failed?.attempts[0]?.response_excerpt).toHaveLength(1024);
    expect(ctx.clock.now().getTime() - firstFailure.getTime()).toBeGreaterThan(24 * 3600_000);
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ attempted: 0 });
  });

  // Issue 12: a refused connection waited ~5 minutes for its retry. Whatever the failure, the
  // published schedule runs from the first failure: at once, 5 s, 5 min, 30 min…, and the delivery
  // log says when the next try is.
  it.each([
    ['a refused connection', 'refused'],
    ['a timeout', 'timeout'],
    ['a 5xx answer', '5xx'],
  ] as const)('retries %s at once, then after 5 s, then after 5 min, saying when', async (_what, failure) => {
    const { receiver, endpoint } = await subscribe(() =>
      failure === 'timeout' ? { status: 200, hold: 2000 } : { status: 503 },
    );
    if (failure === 'refused') await receiver.close();
    const send = createNodeHttpSender({ allowPrivate: true, timeoutMs: 50 });
    await enqueue();
    for (const [index, wait] of [0, 5000, 300_000, 1_800_000].entries()) {
      expect(await deliverDueWebhooks(ctx, { send })).toEqual({ attempted: 1, succeeded: 0, failed: 0, retried: 1 });
      const [delivery] = await deliveriesOf(endpoint);
      expect(delivery).toMatchObject({ status: 'pending', attempt_count: index + 1 });
      expect(delivery?.attempts.at(-1)?.error).toEqual(
        failure === 'refused'
          ? expect.stringContaining('ECONNREFUSED')
          : failure === 'timeout'
            ? 'timed out after 0.05 s'
            : 'HTTP 503',
      );
      expect(delivery?.next_attempt_at).toBe(new Date(ctx.clock.now().getTime() + wait).toISOString());
      if (wait > 0) {
        ctx.clock.advance(wait - 1);
        expect((await deliverDueWebhooks(ctx, { send })).attempted).toBe(0);
        ctx.clock.advance(1);
      }
    }
  });

  it('counts a redirect as a failure and never follows it', async () => {
    const { receiver, endpoint } = await subscribe(() => ({ status: 301, headers: { location: '/moved' } }));
    await enqueue();
    expect(await deliverDueWebhooks(ctx)).toEqual({ attempted: 1, succeeded: 0, failed: 0, retried: 1 });
    expect(receiver.received.map((r) => r.path)).toEqual(['/hook']);
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery?.attempts[0]).toMatchObject({ status_code: 301, error: 'HTTP 301: redirects are not followed' });
  });

  it('disables the endpoint at once on 410 Gone and fails its pending deliveries', async () => {
    // Retry-After keeps the first delivery pending (not due) while the 410 arrives.
    const { receiver, endpoint } = await subscribe(() => ({ status: 503, headers: { 'retry-after': '60' } }));
    await enqueue();
    expect((await deliverDueWebhooks(ctx)).retried).toBe(1);
    receiver.answerWith(() => ({ status: 410 }));
    await enqueue('trust_check.failed');
    expect(await deliverDueWebhooks(ctx)).toEqual({ attempted: 1, succeeded: 0, failed: 1, retried: 0 });

    const disabled = await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id });
    expect(disabled).toMatchObject({
      enabled: false,
      disabled_reason: `Disabled on ${ctx.clock.now().toISOString()}: the endpoint answered 410 Gone`,
    });
    expect((await deliveriesOf(endpoint)).map((d) => d.status)).toEqual(['failed', 'failed']);
    ctx.clock.advance(3600_000);
    await enqueue();
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ attempted: 0 });
    expect(receiver.received).toHaveLength(2);
  });

  it('honours Retry-After on 429 and 503 when it is later than the schedule, capped at a day', async () => {
    const answers: ReceiverAnswer[] = [
      { status: 503, headers: { 'retry-after': '600' } },
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 429, headers: { 'retry-after': String(3 * 86_400) } },
    ];
    const { endpoint } = await subscribe((_req, i) => answers[i] ?? { status: 200 });
    await enqueue();
    const expectNextIn = async (ms: number) => {
      const [delivery] = await deliveriesOf(endpoint);
      expect(delivery?.next_attempt_at).toBe(new Date(ctx.clock.now().getTime() + ms).toISOString());
      ctx.clock.advance(ms);
    };
    await deliverDueWebhooks(ctx);
    await expectNextIn(600_000);
    await deliverDueWebhooks(ctx);
    await expectNextIn(5000);
    await deliverDueWebhooks(ctx);
    await expectNextIn(86_400_000);
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ succeeded: 1 });
  });

  it('ignores Retry-After on other statuses', async () => {
    const { endpoint } = await subscribe(() => ({ status: 500, headers: { 'retry-after': '600' } }));
    await enqueue();
    await deliverDueWebhooks(ctx);
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery?.next_attempt_at).toBe(ctx.clock.now().toISOString());
  });

  it('clears failing_since on a success', async () => {
    const { receiver, endpoint } = await subscribe(() => ({ status: 500 }));
    await enqueue();
    await deliverDueWebhooks(ctx);
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).failing_since).not.toBeNull();
    receiver.answerWith(() => ({ status: 204 }));
    ctx.clock.advance(5000);
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ succeeded: 1 });
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).failing_since).toBeNull();
  });

  it('disables an endpoint that has failed for 5 days', async () => {
    const { receiver, endpoint } = await subscribe(() => ({ status: 500 }));
    await enqueue();
    const since = ctx.clock.now();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverDueWebhooks(ctx);
      ctx.clock.advance(RETRY_DELAYS_MS[i] ?? 0);
    }
    expect((await deliveriesOf(endpoint))[0]?.status).toBe('failed');
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).enabled).toBe(true);

    ctx.clock.set(new Date(since.getTime() + 5 * 86_400_000 - 6000));
    await enqueue();
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ retried: 1 });
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).enabled).toBe(true);
    ctx.clock.advance(6000);
    expect(await deliverDueWebhooks(ctx)).toEqual({ attempted: 1, succeeded: 0, failed: 1, retried: 0 });

    const disabled = await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id });
    expect(disabled.enabled).toBe(false);
    expect(disabled.disabled_reason).toBe(
      `Disabled on ${ctx.clock.now().toISOString()} after failing since ${since.toISOString()}: last error HTTP 500`,
    );
    expect((await deliveriesOf(endpoint)).map((d) => d.status)).toEqual(['failed', 'failed']);
    expect(receiver.received).toHaveLength(11);
  });

  it('signs with both secrets during a rotation overlap and only the new one after it', async () => {
    const { receiver, endpoint } = await subscribe();
    const rotated = await rotateWebhookSecret(ctx, {
      orgId: ctx.orgId,
      id: endpoint.id,
      body: { overlap_seconds: 3600 },
    });
    expect(rotated.secret).not.toBe(endpoint.secret);

    await enqueue();
    await deliverDueWebhooks(ctx);
    const during = receiver.received[0] as ReceivedWebhook;
    expect(header(during.headers, 'webhook-signature').split(' ')).toHaveLength(2);
    expect(verifyAt(endpoint.secret, during, ctx.clock.now())).toBeTruthy();
    expect(verifyAt(rotated.secret, during, ctx.clock.now())).toBeTruthy();

    ctx.clock.advance(3600_000);
    await enqueue();
    await deliverDueWebhooks(ctx);
    const after = receiver.received[1] as ReceivedWebhook;
    expect(header(after.headers, 'webhook-signature').split(' ')).toHaveLength(1);
    expect(verifyAt(rotated.secret, after, ctx.clock.now())).toBeTruthy();
    expect(() => verifyAt(endpoint.secret, after, ctx.clock.now())).toThrow('No matching signature found');
  });

  it('retries a delivery whose dispatcher crashed after claiming it once the lease expires, with the same webhook-id', async () => {
    const { receiver, endpoint } = await subscribe();
    const messageId = await enqueue();
    const [crashed] = await claimDueDeliveries(ctx, { limit: 10 });
    expect(crashed?.messageId).toBe(messageId);

    expect((await deliverDueWebhooks(ctx)).attempted).toBe(0);
    ctx.clock.advance(59_999);
    expect((await deliverDueWebhooks(ctx)).attempted).toBe(0);
    ctx.clock.advance(1);
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(receiver.received.map((r) => header(r.headers, 'webhook-id'))).toEqual([messageId]);

    // The crashed dispatcher comes back: its stale lease changes nothing but the log.
    const late = await recordAttempt(ctx, {
      delivery: crashed!,
      response: { kind: 'error', error: 'late' },
      latencyMs: 1,
    });
    expect(late).toBe('lost');
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt_count: 1 });
    expect(delivery?.attempts.map((a) => a.error)).toEqual(['late', null]);
  });

  it('lets concurrent dispatchers share the work without sending a delivery twice', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const { receiver } = await subscribe(() => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => (inFlight -= 1), 50);
      return { status: 200, hold: 50 };
    });
    const ids = new Set<string>();
    for (let i = 0; i < 30; i++) ids.add(await enqueue());

    let attempted = 0;
    for (let round = 0; round < 10 && attempted < 30; round++) {
      const summaries = await Promise.all([1, 2, 3].map(() => deliverDueWebhooks(ctx, { limit: 7 })));
      attempted += summaries.reduce((n, s) => n + s.attempted, 0);
    }
    expect(attempted).toBe(30);
    const sent = receiver.received.map((r) => header(r.headers, 'webhook-id'));
    expect(sent).toHaveLength(30);
    expect(new Set(sent)).toEqual(ids);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it('records every attempt when many deliveries of one endpoint fail at once and one of them disables it', async () => {
    const { endpoint } = await subscribe((_req, i) =>
      i === 3 ? { status: 410, hold: 20 } : { status: 500, hold: 20 },
    );
    for (let i = 0; i < 10; i++) await enqueue();
    expect(await deliverDueWebhooks(ctx, { limit: 10 })).toMatchObject({ attempted: 10 });
    const deliveries = await deliveriesOf(endpoint);
    expect(deliveries.map((d) => d.attempts.length)).toEqual(Array(10).fill(1));
    expect(deliveries.map((d) => d.status)).toEqual(Array(10).fill('failed'));
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).enabled).toBe(false);
  });

  it('refuses a loopback target at send time when private targets are not allowed', async () => {
    const { receiver, endpoint } = await subscribe();
    await enqueue();
    const strict = { ...ctx, config: { ...ctx.config, allowPrivateWebhookTargets: false } };
    expect(await deliverDueWebhooks(strict)).toMatchObject({ attempted: 1, retried: 1 });
    expect(receiver.received).toHaveLength(0);
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery?.attempts[0]).toMatchObject({
      status_code: null,
      error: expect.stringMatching(/^127\.0\.0\.1 is a loopback address: webhook targets must be public addresses/),
    });
  });

  it('records a transport error as a failed attempt', async () => {
    const { receiver, endpoint } = await subscribe();
    await receiver.close();
    await enqueue();
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ attempted: 1, retried: 1 });
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery?.attempts[0]).toMatchObject({
      status_code: null,
      response_excerpt: null,
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
