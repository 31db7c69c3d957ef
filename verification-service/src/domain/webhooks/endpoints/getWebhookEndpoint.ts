import type { WebhookEndpoint } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { findWebhookEndpoint, toWebhookEndpoint } from '../webhookEndpointsTable';

/** One endpoint of the organisation, without its secret; `not_found` otherwise. */
export async function getWebhookEndpoint(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; id: string },
): Promise<WebhookEndpoint> {
  return toWebhookEndpoint(await findWebhookEndpoint(ctx, input));
}
