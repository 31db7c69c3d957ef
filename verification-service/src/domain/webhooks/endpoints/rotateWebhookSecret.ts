import type { z } from 'zod';
import type { RotateWebhookSecretRequest, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client';
import { generateWebhookSecret } from '@helpdesk-verify/core-client/node';
import type { AppContext } from '../../../kernel/AppContext';
import { storeWebhookSecret } from '../secrets/storeWebhookSecret';
import { findWebhookEndpoint } from './findWebhookEndpoint';
import { toWebhookEndpoint, type WebhookEndpointRow } from './toWebhookEndpoint';

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
    await findWebhookEndpoint(tx, { ...input, forUpdate: true });
    await tx.query('DELETE FROM webhook_secrets WHERE org_id = $1 AND endpoint_id = $2 AND expires_at <= $3', [
      input.orgId,
      input.id,
      now,
    ]);
    await tx.query(
      `UPDATE webhook_secrets SET expires_at = LEAST(COALESCE(expires_at, $3), $3)
       WHERE org_id = $1 AND endpoint_id = $2`,
      [input.orgId, input.id, overlapEnds],
    );
    await storeWebhookSecret(tx, ctx, { orgId: input.orgId, endpointId: input.id, secret });
    const [updated] = await tx.query<WebhookEndpointRow>(
      'UPDATE webhook_endpoints SET updated_at = $3 WHERE org_id = $1 AND id = $2 RETURNING *',
      [input.orgId, input.id, now],
    );
    return updated as WebhookEndpointRow;
  });
  return { ...toWebhookEndpoint(row), secret };
}
