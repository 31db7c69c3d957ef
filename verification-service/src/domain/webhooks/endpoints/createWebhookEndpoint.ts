import type { z } from 'zod';
import type { CreateWebhookEndpointRequest, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client';
import { generateWebhookSecret } from '@helpdesk-verify/core-client/node';
import type { AppContext } from '../../../kernel/AppContext';
import { storeWebhookSecret } from '../secrets/storeWebhookSecret';
import { checkWebhookUrl } from './checkWebhookUrl';
import { toWebhookEndpoint, type WebhookEndpointRow } from './toWebhookEndpoint';

/**
 * Subscribes a URL to events with a new `whsec_` signing secret, returned here and never again.
 * A URL on a non-public address is refused with a 422 unless private targets are allowed.
 */
export async function createWebhookEndpoint(
  ctx: AppContext,
  input: { orgId: string; body: z.output<typeof CreateWebhookEndpointRequest> },
): Promise<WebhookEndpointWithSecret> {
  await checkWebhookUrl(ctx, input.body.url);
  const secret = generateWebhookSecret();
  const id = ctx.newId('whk');
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx.query<WebhookEndpointRow>(
      `INSERT INTO webhook_endpoints (id, org_id, url, description, event_types, enabled, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, true, $6, $6) RETURNING *`,
      [id, input.orgId, input.body.url, input.body.description, input.body.event_types, now],
    );
    await storeWebhookSecret(tx, ctx, { orgId: input.orgId, endpointId: id, secret });
    return inserted as WebhookEndpointRow;
  });
  return { ...toWebhookEndpoint(row), secret };
}
