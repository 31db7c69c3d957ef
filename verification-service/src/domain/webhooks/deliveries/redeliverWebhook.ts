import type { WebhookDelivery } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { notFound, ProblemError } from '../../../kernel/ProblemError';
import { findWebhookEndpoint } from '../endpoints/findWebhookEndpoint';
import { DELIVERY_SELECT, loadWebhookDeliveries, type WebhookDeliveryRow } from './loadWebhookDeliveries';

/**
 * Queues a new attempt of a delivery now, with the same message id (`webhook-id`), so a receiver
 * that lost or rejected it gets it again. A succeeded or failed delivery gets one attempt (no
 * automatic retries after it); a pending one keeps its schedule and is only brought forward.
 * The endpoint must be enabled (`invalid_state` otherwise).
 */
export async function redeliverWebhook(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orgId: string; endpointId: string; deliveryId: string },
): Promise<WebhookDelivery> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const endpoint = await findWebhookEndpoint(tx, { orgId: input.orgId, id: input.endpointId });
    if (!endpoint.enabled) {
      throw new ProblemError(
        'invalid_state',
        `Webhook endpoint ${endpoint.id} is disabled; re-enable it before redelivering`,
      );
    }
    const [updated] = await tx.query<{ id: string }>(
      `UPDATE webhook_deliveries
       SET automatic_retries = CASE WHEN status = 'pending' THEN automatic_retries ELSE false END,
           locked_until = CASE WHEN status = 'pending' THEN locked_until ELSE NULL END,
           status = 'pending', next_attempt_at = $4, updated_at = $4
       WHERE org_id = $1 AND endpoint_id = $2 AND id = $3 RETURNING id`,
      [input.orgId, input.endpointId, input.deliveryId, now],
    );
    if (!updated) throw notFound('webhook delivery', input.deliveryId);
    const rows = await tx.query<WebhookDeliveryRow>(`${DELIVERY_SELECT} WHERE d.org_id = $1 AND d.id = $2`, [
      input.orgId,
      input.deliveryId,
    ]);
    const [delivery] = await loadWebhookDeliveries(tx, input.orgId, rows);
    return delivery as WebhookDelivery;
  });
}
