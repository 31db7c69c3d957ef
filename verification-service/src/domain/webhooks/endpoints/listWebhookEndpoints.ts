import type { PageQuery, WebhookEndpoint } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { cursorCondition, toPage } from '../../../infrastructure/storage/cursor';
import { toWebhookEndpoint, type WebhookEndpointRow } from './toWebhookEndpoint';

/** The organisation's endpoints, newest first, one cursor page at a time. */
export async function listWebhookEndpoints(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; query: PageQuery },
): Promise<{ data: WebhookEndpoint[]; next_cursor: string | null }> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.query.cursor, params);
  params.push(input.query.limit + 1);
  const rows = await ctx.db.query<WebhookEndpointRow>(
    `SELECT * FROM webhook_endpoints WHERE org_id = $1${after} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, input.query.limit, toWebhookEndpoint);
}
