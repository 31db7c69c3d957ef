import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { createWebhookEndpoint } from '../endpoints/createWebhookEndpoint';
import { enqueueEvent } from '../enqueueEvent';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { createWebhookDispatcher } from './createWebhookDispatcher';

const waitFor = async (condition: () => boolean, ms = 5000) => {
  const until = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe.each(DATABASE_KINDS)('createWebhookDispatcher on %s', (kind) => {
  let ctx: TestContext;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    receiver = await startWebhookReceiver(() => ({ status: 200, hold: 200 }));
    await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: receiver.url, description: '', event_types: [] },
    });
  });
  afterAll(async () => {
    await receiver.close();
    await ctx.db.close();
  });

  const enqueue = () =>
    ctx.db.transaction((tx) =>
      enqueueEvent(ctx, {
        tx,
        orgId: ctx.orgId,
        eventType: 'trust_check.completed',
        verificationId: null,
        payload: sampleTrustCheckEvent(),
      }),
    );
  const statusOf = async (messageId: string) =>
    (
      await ctx.db.query<{ status: string }>('SELECT status FROM webhook_deliveries WHERE message_id = $1', [messageId])
    )[0]?.status;

  it('drains full batches back to back without waiting for the interval', async () => {
    const ids = [await enqueue(), await enqueue(), await enqueue()];
    const dispatcher = createWebhookDispatcher(ctx, { intervalMs: 60_000, limit: 2 });
    dispatcher.start();
    await waitFor(() => receiver.received.length === 3);
    await dispatcher.stop();
    for (const id of ids) expect(await statusOf(id)).toBe('succeeded');
  });

  it('retries a first failure at once instead of waiting for the next poll (issue 12)', async () => {
    const sent = receiver.received.length;
    receiver.answerWith((_req, i) => (i === sent ? { status: 503 } : { status: 200 }));
    const messageId = await enqueue();
    const dispatcher = createWebhookDispatcher(ctx, { intervalMs: 60_000 });
    dispatcher.start();
    await waitFor(() => receiver.received.length === sent + 2);
    await dispatcher.stop();
    expect(await statusOf(messageId)).toBe('succeeded');
    receiver.answerWith(() => ({ status: 200, hold: 200 }));
  });

  it('polls in the background, and stop waits for the batch in flight', async () => {
    const dispatcher = createWebhookDispatcher(ctx, { intervalMs: 20 });
    dispatcher.start();
    const sent = receiver.received.length;
    const messageId = await enqueue();
    await waitFor(() => receiver.received.length === sent + 1);
    await dispatcher.stop();
    // The receiver holds its answer 200 ms; stop() returned only after the attempt was recorded.
    expect(await statusOf(messageId)).toBe('succeeded');

    const after = await enqueue();
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(sent + 1);
    expect(await statusOf(after)).toBe('pending');
  });

  it('runOnce delivers what is due (here: what the stopped dispatcher left) one pass after another', async () => {
    const dispatcher = createWebhookDispatcher(ctx);
    const [first, second] = await Promise.all([dispatcher.runOnce(), dispatcher.runOnce()]);
    expect(first).toEqual({ attempted: 1, succeeded: 1, failed: 0, retried: 0 });
    expect(second).toEqual({ attempted: 0, succeeded: 0, failed: 0, retried: 0 });
    await dispatcher.stop();
  });
});
