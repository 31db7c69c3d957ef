import { TrustCheckEvent, type WebhookDelivery } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { ProblemError } from '../../../kernel/ProblemError';
import { randomBase62 } from '../../../kernel/ids';
import { DELIVERY_SELECT, loadWebhookDeliveries, type WebhookDeliveryRow } from '../deliveries/loadWebhookDeliveries';
import { buildTestEvent, TEST_SESSION_PREFIX } from './buildTestEvent';
import { findWebhookEndpoint } from './findWebhookEndpoint';

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
    const endpoint = await findWebhookEndpoint(tx, { orgId: input.orgId, id: input.endpointId });
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
    await tx.query(
      `INSERT INTO webhook_messages (id, org_id, event_type, verification_id, payload, created_at) VALUES ($1, $2, $3, NULL, $4, $5)`,
      [messageId, input.orgId, payload.event_type, JSON.stringify(payload), now],
    );
    await tx.query(
      `INSERT INTO webhook_deliveries (id, org_id, message_id, endpoint_id, status, next_attempt_at, automatic_retries, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'pending', $5, false, $5, $5)`,
      [deliveryId, input.orgId, messageId, endpoint.id, now],
    );
    const rows = await tx.query<WebhookDeliveryRow>(`${DELIVERY_SELECT} WHERE d.org_id = $1 AND d.id = $2`, [
      input.orgId,
      deliveryId,
    ]);
    const [delivery] = await loadWebhookDeliveries(tx, input.orgId, rows);
    return delivery as WebhookDelivery;
  });
}
