import type { Queryable } from '../../../kernel/database';
import { failPendingWebhookDeliveries } from '../webhookDeliveriesTable';
import { disableWebhookEndpointRow } from '../webhookEndpointsTable';

/**
 * Disables an endpoint that cannot take deliveries (410 Gone, or failing for days) with the reason
 * the admin will read, and fails its pending deliveries: nothing more goes out until it is
 * re-enabled, and those can be redelivered then.
 */
export async function disableWebhookEndpoint(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; endpointId: string; reason: string; at: Date },
): Promise<void> {
  await disableWebhookEndpointRow(ctx, { ...input, id: input.endpointId });
  await failPendingWebhookDeliveries(ctx, input);
}
