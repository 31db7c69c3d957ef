import type { WebhookEndpoint } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { findWebhookEndpoint } from './findWebhookEndpoint';
import { toWebhookEndpoint } from './toWebhookEndpoint';

/** One endpoint of the organisation, without its secret; `not_found` otherwise. */
export async function getWebhookEndpoint(
  ctx: Pick<AppContext, 'db'>,
  input: { orgId: string; id: string },
): Promise<WebhookEndpoint> {
  return toWebhookEndpoint(await findWebhookEndpoint(ctx.db, input));
}
