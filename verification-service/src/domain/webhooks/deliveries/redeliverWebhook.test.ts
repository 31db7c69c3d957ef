import type { IncomingHttpHeaders } from 'node:http';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { deliverDueWebhooks } from '../dispatch/deliverDueWebhooks';
import { RETRY_DELAYS_MS } from '../dispatch/retrySchedule';
import { createWebhookEndpoint } from '../endpoints/createWebhookEndpoint';
import { updateWebhookEndpoint } from '../endpoints/updateWebhookEndpoint';
import { enqueueEvent } from '../enqueueEvent';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type ReceiverAnswer,
  type WebhookReceiver,
} from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { listWebhookDeliveries } from './listWebhookDeliveries';
import { redeliverWebhook } from './redeliverWebhook';

const idOf = (headers: IncomingHttpHeaders) => headers['webhook-id'];

describe.each(DATABASE_KINDS)('redeliverWebhook on %s', (kind) => {
  let ctx: TestContext;
  const receivers: WebhookReceiver[] = [];
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterEach(async () => {
    await ctx.db.query('UPDATE webhook_endpoints SET enabled = false');
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });
  afterAll(() => ctx.db.close());

  async function deliveredOnce(answer: (request: ReceivedWebhook, index: number) => ReceiverAnswer) {
    const receiver = await startWebhookReceiver(answer);
    receivers.push(receiver);
    const endpoint = await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: receiver.url, description: '', event_types: [] },
    });
    const messageId = await ctx.db.transaction((tx) =>
      enqueueEvent(ctx, {
        tx,
        orgId: ctx.orgId,
        eventType: 'trust_check.completed',
        verificationId: null,
        payload: sampleTrustCheckEvent(),
      }),
    );
    await deliverDueWebhooks(ctx);
    const [delivery] = (
      await listWebhookDeliveries(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, query: { limit: 10 } })
    ).data;
    return { receiver, endpoint, messageId, delivery: delivery! };
  }

  it('sends a succeeded delivery again now with the same webhook-id', async () => {
    const { receiver, endpoint, messageId, delivery } = await deliveredOnce(() => ({ status: 200 }));
    expect(delivery.status).toBe('succeeded');
    ctx.clock.advance(3600_000);
    const queued = await redeliverWebhook(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, deliveryId: delivery.id });
    expect(queued).toMatchObject({
      id: delivery.id,
      message_id: messageId,
      status: 'pending',
      next_attempt_at: ctx.clock.now().toISOString(),
    });
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(receiver.received.map((r) => idOf(r.headers))).toEqual([messageId, messageId]);
  });

  it('gives a failed delivery one more attempt, without restarting the schedule', async () => {
    const { receiver, endpoint, delivery } = await deliveredOnce(() => ({ status: 500 }));
    for (const delay of RETRY_DELAYS_MS) {
      ctx.clock.advance(delay);
      await deliverDueWebhooks(ctx);
    }
    const deliveryId = delivery.id;
    const log = async () =>
      (await listWebhookDeliveries(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, query: { limit: 10 } })).data[0];
    expect(await log()).toMatchObject({ status: 'failed', attempt_count: 9 });

    await redeliverWebhook(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, deliveryId });
    expect(await deliverDueWebhooks(ctx)).toEqual({ attempted: 1, succeeded: 0, failed: 1, retried: 0 });
    expect(await log()).toMatchObject({ status: 'failed', attempt_count: 10, next_attempt_at: null });

    receiver.answerWith(() => ({ status: 200 }));
    await redeliverWebhook(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, deliveryId });
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(await log()).toMatchObject({ status: 'succeeded', attempt_count: 11 });
    expect(receiver.received).toHaveLength(11);
  });

  it('brings a pending retry forward and keeps its schedule', async () => {
    const { endpoint, delivery } = await deliveredOnce(() => ({ status: 500 }));
    expect(delivery).toMatchObject({ status: 'pending', attempt_count: 1 });
    await redeliverWebhook(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, deliveryId: delivery.id });
    expect(await deliverDueWebhooks(ctx)).toMatchObject({ attempted: 1, retried: 1 });
  });

  it('refuses a disabled endpoint, and unknown or foreign ids', async () => {
    const { endpoint, delivery } = await deliveredOnce(() => ({ status: 200 }));
    const other = await deliveredOnce(() => ({ status: 200 }));
    await expect(
      redeliverWebhook(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, deliveryId: other.delivery.id }),
    ).rejects.toMatchObject({ code: 'not_found', detail: `No webhook delivery with id ${other.delivery.id}` });
    await expect(
      redeliverWebhook(ctx, { orgId: 'org_someoneelse0000000000', endpointId: endpoint.id, deliveryId: delivery.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await updateWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id, body: { enabled: false } });
    await expect(
      redeliverWebhook(ctx, { orgId: ctx.orgId, endpointId: endpoint.id, deliveryId: delivery.id }),
    ).rejects.toMatchObject({
      code: 'invalid_state',
    });
  });
});
