import type { UpdateWebhookEndpointRequest, WebhookEndpoint } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { checkWebhookUrl } from './checkWebhookUrl';
import { findWebhookEndpoint, toWebhookEndpoint, updateWebhookEndpointRow } from '../webhookEndpointsTable';

/**
 * Changes an endpoint's URL (checked like on create), description, event filter or state.
 * Re-enabling a disabled endpoint clears `disabled_reason` and `failing_since`, and its pending
 * deliveries go out again; disabling one pauses its deliveries.
 */
export async function updateWebhookEndpoint(
  ctx: AppContext,
  input: { orgId: string; id: string; body: UpdateWebhookEndpointRequest },
): Promise<WebhookEndpoint> {
  const { body } = input;
  if (body.url !== undefined) await checkWebhookUrl(ctx, body.url);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await findWebhookEndpoint(ctx, { tx, orgId: input.orgId, id: input.id, forUpdate: true });
    let { enabled, disabled_reason: disabledReason, failing_since: failingSince } = current;
    if (body.enabled === true && !current.enabled) {
      enabled = true;
      disabledReason = null;
      failingSince = null;
    } else if (body.enabled === false && current.enabled) {
      enabled = false;
      disabledReason = `Disabled through the API on ${now.toISOString()}`;
    }
    return updateWebhookEndpointRow(ctx, {
      tx,
      orgId: input.orgId,
      id: input.id,
      url: body.url ?? current.url,
      description: body.description ?? current.description,
      eventTypes: body.event_types ?? current.event_types,
      enabled,
      disabledReason,
      failingSince,
      at: now,
    });
  });
  return toWebhookEndpoint(row);
}
