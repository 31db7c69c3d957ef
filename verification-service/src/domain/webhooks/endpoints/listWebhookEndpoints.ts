import type { PageQuery, WebhookEndpoint } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { toPage } from '../../../infrastructure/storage/cursor';
import { findWebhookEndpointPage, toWebhookEndpoint } from '../webhookEndpointsTable';

/** The organisation's endpoints, newest first, one cursor page at a time. */
export async function listWebhookEndpoints(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; query: PageQuery },
): Promise<{ data: WebhookEndpoint[]; next_cursor: string | null }> {
  const rows = await findWebhookEndpointPage(ctx, {
    orgId: input.orgId,
    cursor: input.query.cursor,
    limit: input.query.limit,
  });
  return toPage(rows, input.query.limit, toWebhookEndpoint);
}
