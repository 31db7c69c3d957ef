import type { z } from 'zod';
import type { WebhookDelivery, WebhookDeliveryListQuery } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { toPage } from '../../../infrastructure/storage/cursor';
import { findWebhookEndpoint } from '../webhookEndpointsTable';
import { findWebhookDeliveryPage } from '../webhookDeliveriesTable';
import { loadWebhookDeliveries } from './loadWebhookDeliveries';

/**
 * The delivery log of one endpoint: deliveries newest first (optionally of one status), each with
 * its attempts newest first, one cursor page at a time. `not_found` for another organisation's endpoint.
 */
export async function listWebhookDeliveries(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; endpointId: string; query: z.output<typeof WebhookDeliveryListQuery> },
): Promise<{ data: WebhookDelivery[]; next_cursor: string | null }> {
  await findWebhookEndpoint(ctx, { orgId: input.orgId, id: input.endpointId });
  const rows = await findWebhookDeliveryPage(ctx, {
    orgId: input.orgId,
    of: { endpointId: input.endpointId, ...(input.query.status ? { status: input.query.status } : {}) },
    cursor: input.query.cursor,
    limit: input.query.limit,
  });
  const page = toPage(rows, input.query.limit, (row) => row);
  return {
    data: await loadWebhookDeliveries(ctx, { orgId: input.orgId, rows: page.data }),
    next_cursor: page.next_cursor,
  };
}
