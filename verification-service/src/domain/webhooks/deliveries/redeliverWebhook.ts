import type { WebhookDelivery } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { notFound, ProblemError } from '../../../kernel/ProblemError';
import { findWebhookEndpoint } from '../webhookEndpointsTable';
import { findWebhookDeliveryRow, requeueWebhookDelivery } from '../webhookDeliveriesTable';
import { loadWebhookDeliveries } from './loadWebhookDeliveries';

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
    const endpoint = await findWebhookEndpoint(ctx, { tx, orgId: input.orgId, id: input.endpointId });
    if (!endpoint.enabled) {
      throw new ProblemError(
        'invalid_state',
        `Webhook endpoint ${endpoint.id} is disabled; re-enable it before redelivering`,
      );
    }
    const requeued = await requeueWebhookDelivery(ctx, {
      tx,
      orgId: input.orgId,
      endpointId: input.endpointId,
      id: input.deliveryId,
      at: now,
    });
    if (!requeued) throw notFound('webhook delivery', input.deliveryId);
    const row = await findWebhookDeliveryRow(ctx, { tx, orgId: input.orgId, id: input.deliveryId });
    const [delivery] = await loadWebhookDeliveries(ctx, { tx, orgId: input.orgId, rows: row ? [row] : [] });
    return delivery as WebhookDelivery;
  });
}
