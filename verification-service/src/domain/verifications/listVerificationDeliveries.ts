import type { PageQuery, WebhookDelivery } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { notFound } from '../../kernel/ProblemError';
import { toPage } from '../../infrastructure/storage/cursor';
import { loadWebhookDeliveries } from '../webhooks/deliveries/loadWebhookDeliveries';
import { findWebhookDeliveryPage } from '../webhooks/webhookDeliveriesTable';
import { verificationExists } from './verificationsTable';

/**
 * The webhook deliveries a verification caused (to every endpoint), newest first, each with its
 * attempts. `not_found` for an unknown verification or another organisation's.
 */
export async function listVerificationDeliveries(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; verificationId: string; query: { limit: number; cursor?: PageQuery['cursor'] } },
): Promise<{ data: WebhookDelivery[]; next_cursor: string | null }> {
  if (!(await verificationExists(ctx, { orgId: input.orgId, id: input.verificationId })))
    throw notFound('verification', input.verificationId);
  const rows = await findWebhookDeliveryPage(ctx, {
    orgId: input.orgId,
    of: { verificationId: input.verificationId },
    cursor: input.query.cursor,
    limit: input.query.limit,
  });
  const page = toPage(rows, input.query.limit, (row) => row);
  return {
    data: await loadWebhookDeliveries(ctx, { orgId: input.orgId, rows: page.data }),
    next_cursor: page.next_cursor,
  };
}
