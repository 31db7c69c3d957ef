import type { z } from 'zod';
import type { CreateWebhookEndpointRequest, WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import { generateWebhookSecret } from '@helpdesk-verify/core-client/node';
import type { AppContext } from '../../../kernel/AppContext';
import { storeWebhookSecret } from '../secrets/storeWebhookSecret';
import { checkWebhookUrl } from './checkWebhookUrl';
import { insertWebhookEndpoint, toWebhookEndpoint } from '../webhookEndpointsTable';

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
    const inserted = await insertWebhookEndpoint(ctx, {
      tx,
      id,
      orgId: input.orgId,
      url: input.body.url,
      description: input.body.description,
      eventTypes: input.body.event_types,
      at: now,
    });
    await storeWebhookSecret(ctx, { tx, orgId: input.orgId, endpointId: id, secret });
    return inserted;
  });
  return { ...toWebhookEndpoint(row), secret };
}
