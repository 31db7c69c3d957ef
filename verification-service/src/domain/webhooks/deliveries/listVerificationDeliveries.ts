import type { PageQuery, WebhookDelivery } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { notFound } from '../../../kernel/ProblemError';
import { cursorCondition, toPage } from '../../../infrastructure/storage/cursor';
import { DELIVERY_SELECT, loadWebhookDeliveries, type WebhookDeliveryRow } from './loadWebhookDeliveries';

/**
 * The webhook deliveries a verification caused (to every endpoint), newest first, each with its
 * attempts. `not_found` for an unknown verification or another organisation's.
 */
export async function listVerificationDeliveries(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; verificationId: string; query: { limit: number; cursor?: PageQuery['cursor'] } },
): Promise<{ data: WebhookDelivery[]; next_cursor: string | null }> {
  const [found] = await ctx.db.query('SELECT 1 FROM verifications WHERE org_id = $1 AND id = $2', [
    input.orgId,
    input.verificationId,
  ]);
  if (!found) throw notFound('verification', input.verificationId);
  const params: unknown[] = [input.orgId, input.verificationId];
  const where = `d.org_id = $1 AND m.verification_id = $2${cursorCondition(input.query.cursor, params, 'd')}`;
  params.push(input.query.limit + 1);
  const rows = await ctx.db.query<WebhookDeliveryRow>(
    `${DELIVERY_SELECT} WHERE ${where} ORDER BY d.created_at DESC, d.id DESC LIMIT $${params.length}`,
    params,
  );
  const page = toPage(rows, input.query.limit, (row) => row);
  return { data: await loadWebhookDeliveries(ctx.db, input.orgId, page.data), next_cursor: page.next_cursor };
}
