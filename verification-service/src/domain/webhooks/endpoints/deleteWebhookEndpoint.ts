import type { WebhookEndpoint } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { notFound } from '../../../kernel/ProblemError';
import { deleteWebhookEndpointRow, toWebhookEndpoint } from '../webhookEndpointsTable';

/** Deletes an endpoint with its secrets, deliveries and attempts; returns it as it was. */
export async function deleteWebhookEndpoint(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; id: string },
): Promise<WebhookEndpoint> {
  const row = await deleteWebhookEndpointRow(ctx, input);
  if (!row) throw notFound('webhook endpoint', input.id);
  return toWebhookEndpoint(row);
}
