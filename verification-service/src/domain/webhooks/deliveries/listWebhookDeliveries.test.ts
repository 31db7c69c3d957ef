import { WebhookDelivery, type EventType } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { deliverDueWebhooks } from '../dispatch/deliverDueWebhooks';
import { createWebhookEndpoint } from '../endpoints/createWebhookEndpoint';
import { enqueueEvent } from '../enqueueEvent';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { listWebhookDeliveries } from './listWebhookDeliveries';

describe.each(DATABASE_KINDS)('listWebhookDeliveries on %s', (kind) => {
  let ctx: TestContext;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    receiver = await startWebhookReceiver((req) =>
      req.body.includes('trust_check.failed') ? { status: 500, body: 'down' } : { status: 202, body: 'ok' },
    );
  });
  afterAll(async () => {
    await receiver.close();
    await ctx.db.close();
  });

  const enqueue = (eventType: EventType) =>
    ctx.db.transaction((tx) =>
      enqueueEvent(ctx, {
        tx,
        orgId: ctx.orgId,
        eventType,
        verificationId: 'ver_0123456789abcdef',
        payload: sampleTrustCheckEvent(eventType),
      }),
    );

  it('pages the log newest first with each delivery’s attempts newest first, filtered by status', async () => {
    const endpoint = await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: receiver.url, description: '', event_types: [] },
    });
    const completed = await enqueue('trust_check.completed');
    ctx.clock.advance(1000);
    const failed = await enqueue('trust_check.failed');
    ctx.clock.advance(1000);
    const expired = await enqueue('trust_check.expired');
    await deliverDueWebhooks(ctx);
    const firstAttempt = ctx.clock.now();
    ctx.clock.advance(5000);
    await deliverDueWebhooks(ctx);

    const query = { orgId: ctx.orgId, endpointId: endpoint.id };
    const first = await listWebhookDeliveries(ctx, { ...query, query: { limit: 2 } });
    expect(first.data.map((d) => d.message_id)).toEqual([expired, failed]);
    for (const delivery of first.data) expect(WebhookDelivery.parse(delivery)).toEqual(delivery);
    expect(first.data[1]).toMatchObject({
      event_type: 'trust_check.failed',
      verification_id: 'ver_0123456789abcdef',
      status: 'pending',
      attempt_count: 2,
      next_attempt_at: new Date(ctx.clock.now().getTime() + 5000).toISOString(),
      attempts: [
        { attempted_at: ctx.clock.now().toISOString(), status_code: 500, response_excerpt: 'down', error: 'HTTP 500' },
        { attempted_at: firstAttempt.toISOString(), status_code: 500, response_excerpt: 'down', error: 'HTTP 500' },
      ],
    });
    const second = await listWebhookDeliveries(ctx, { ...query, query: { limit: 2, cursor: first.next_cursor! } });
    expect(second.next_cursor).toBeNull();
    expect(second.data).toEqual([
      expect.objectContaining({
        message_id: completed,
        status: 'succeeded',
        attempts: [expect.objectContaining({ status_code: 202 })],
      }),
    ]);

    const pending = await listWebhookDeliveries(ctx, { ...query, query: { limit: 10, status: 'pending' } });
    expect(pending.data.map((d) => d.message_id)).toEqual([failed]);
  });

  it("answers not_found for another organisation's endpoint", async () => {
    const endpoint = await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: receiver.url, description: '', event_types: [] },
    });
    await expect(
      listWebhookDeliveries(ctx, { orgId: 'org_someoneelse0000000000', endpointId: endpoint.id, query: { limit: 10 } }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
