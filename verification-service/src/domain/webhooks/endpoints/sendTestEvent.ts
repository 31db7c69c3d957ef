import { TrustCheckEvent, type WebhookDelivery } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { ProblemError } from '../../../kernel/ProblemError';
import { randomBase62 } from '../../../kernel/ids';
import { loadWebhookDeliveries } from '../deliveries/loadWebhookDeliveries';
import { findWebhookDeliveryRow, insertWebhookDelivery } from '../webhookDeliveriesTable';
import { findWebhookEndpoint } from '../webhookEndpointsTable';
import { insertWebhookMessage } from '../webhookMessagesTable';
import { buildTestEvent, TEST_SESSION_PREFIX } from './buildTestEvent';

/**
 * Queues the harmless test event (see {@link buildTestEvent}) to this one endpoint, whatever event
 * types it subscribes to, signed and sent by the dispatcher like any event, due now, one attempt
 * without automatic retries (the delivery log shows the answer). The endpoint must be enabled.
 */
export async function sendTestEvent(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { orgId: string; endpointId: string },
): Promise<WebhookDelivery> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const endpoint = await findWebhookEndpoint(ctx, { tx, orgId: input.orgId, id: input.endpointId });
    if (!endpoint.enabled)
      throw new ProblemError(
        'invalid_state',
        `Webhook endpoint ${endpoint.id} is disabled; enable it to send a test event`,
      );
    const payload = TrustCheckEvent.parse(
      buildTestEvent({ sessionId: `${TEST_SESSION_PREFIX}${randomBase62(20)}`, at: now }),
    );
    const messageId = ctx.newId('msg');
    const deliveryId = ctx.newId('dlv');
    await insertWebhookMessage(ctx, {
      tx,
      id: messageId,
      orgId: input.orgId,
      eventType: payload.event_type,
      verificationId: null,
      payload,
      at: now,
    });
    await insertWebhookDelivery(ctx, {
      tx,
      id: deliveryId,
      orgId: input.orgId,
      messageId,
      endpointId: endpoint.id,
      automaticRetries: false,
      at: now,
    });
    const row = await findWebhookDeliveryRow(ctx, { tx, orgId: input.orgId, id: deliveryId });
    const [delivery] = await loadWebhookDeliveries(ctx, { tx, orgId: input.orgId, rows: row ? [row] : [] });
    return delivery as WebhookDelivery;
  });
}
