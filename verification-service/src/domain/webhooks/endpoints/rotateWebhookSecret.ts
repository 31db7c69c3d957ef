import type { z } from 'zod';
import type { RotateWebhookSecretRequest, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import { generateWebhookSecret } from '@helpdesk-verify/core-client/node';
import type { AppContext } from '../../../kernel/AppContext';
import { storeWebhookSecret } from '../secrets/storeWebhookSecret';
import { findWebhookEndpoint, toWebhookEndpoint, touchWebhookEndpoint } from '../webhookEndpointsTable';
import { deleteExpiredWebhookSecrets, expireWebhookSecretsBy } from '../webhookSecretsTable';

/**
 * Gives the endpoint a new signing secret, returned here once. Every secret still live keeps
 * signing too for at most `overlap_seconds` (0 stops them at once, e.g. after a leak), so a
 * receiver can switch without dropping a delivery; then only the new one signs.
 */
export async function rotateWebhookSecret(
  ctx: AppContext,
  input: { orgId: string; id: string; body: z.output<typeof RotateWebhookSecretRequest> },
): Promise<WebhookEndpointWithSecret> {
  const secret = generateWebhookSecret();
  const now = ctx.clock.now();
  const overlapEnds = new Date(now.getTime() + input.body.overlap_seconds * 1000);
  const row = await ctx.db.transaction(async (tx) => {
    await findWebhookEndpoint(ctx, { tx, orgId: input.orgId, id: input.id, forUpdate: true });
    const endpoint = { tx, orgId: input.orgId, endpointId: input.id };
    await deleteExpiredWebhookSecrets(ctx, { ...endpoint, at: now });
    await expireWebhookSecretsBy(ctx, { ...endpoint, expiresAt: overlapEnds });
    await storeWebhookSecret(ctx, { ...endpoint, secret });
    return touchWebhookEndpoint(ctx, { tx, orgId: input.orgId, id: input.id, at: now });
  });
  return { ...toWebhookEndpoint(row), secret };
}
