import type { WebhookEndpoint } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { notFound } from '../../../kernel/ProblemError';
import { toWebhookEndpoint, type WebhookEndpointRow } from './toWebhookEndpoint';

/** Deletes an endpoint with its secrets, deliveries and attempts; returns it as it was. */
export async function deleteWebhookEndpoint(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; id: string },
): Promise<WebhookEndpoint> {
  const [row] = await ctx.db.query<WebhookEndpointRow>(
    'DELETE FROM webhook_endpoints WHERE org_id = $1 AND id = $2 RETURNING *',
    [input.orgId, input.id],
  );
  if (!row) throw notFound('webhook endpoint', input.id);
  return toWebhookEndpoint(row);
}
