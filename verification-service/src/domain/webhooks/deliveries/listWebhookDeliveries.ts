import type { z } from 'zod';
import type { WebhookDelivery, WebhookDeliveryListQuery } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { cursorCondition, toPage } from '../../../infrastructure/storage/cursor';
import { findWebhookEndpoint } from '../endpoints/findWebhookEndpoint';
import { DELIVERY_SELECT, loadWebhookDeliveries, type WebhookDeliveryRow } from './loadWebhookDeliveries';

/**
 * The delivery log of one endpoint: deliveries newest first (optionally of one status), each with
 * its attempts newest first, one cursor page at a time. `not_found` for another organisation's endpoint.
 */
export async function listWebhookDeliveries(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; endpointId: string; query: z.output<typeof WebhookDeliveryListQuery> },
): Promise<{ data: WebhookDelivery[]; next_cursor: string | null }> {
  await findWebhookEndpoint(ctx.db, { orgId: input.orgId, id: input.endpointId });
  const params: unknown[] = [input.orgId, input.endpointId];
  let where = 'd.org_id = $1 AND d.endpoint_id = $2';
  if (input.query.status) {
    params.push(input.query.status);
    where += ` AND d.status = $${params.length}`;
  }
  where += cursorCondition(input.query.cursor, params, 'd');
  params.push(input.query.limit + 1);
  const rows = await ctx.db.query<WebhookDeliveryRow>(
    `${DELIVERY_SELECT} WHERE ${where} ORDER BY d.created_at DESC, d.id DESC LIMIT $${params.length}`,
    params,
  );
  const page = toPage(rows, input.query.limit, (row) => row);
  return { data: await loadWebhookDeliveries(ctx.db, input.orgId, page.data), next_cursor: page.next_cursor };
}
