import type { UpdateWebhookEndpointRequest, WebhookEndpoint } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import { checkWebhookUrl } from './checkWebhookUrl';
import { findWebhookEndpoint } from './findWebhookEndpoint';
import { toWebhookEndpoint, type WebhookEndpointRow } from './toWebhookEndpoint';

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
    const current = await findWebhookEndpoint(tx, { ...input, forUpdate: true });
    let { enabled, disabled_reason: disabledReason, failing_since: failingSince } = current;
    if (body.enabled === true && !current.enabled) {
      enabled = true;
      disabledReason = null;
      failingSince = null;
    } else if (body.enabled === false && current.enabled) {
      enabled = false;
      disabledReason = `Disabled through the API on ${now.toISOString()}`;
    }
    const [updated] = await tx.query<WebhookEndpointRow>(
      `UPDATE webhook_endpoints
       SET url = $3, description = $4, event_types = $5, enabled = $6, disabled_reason = $7, failing_since = $8, updated_at = $9
       WHERE org_id = $1 AND id = $2 RETURNING *`,
      [
        input.orgId,
        input.id,
        body.url ?? current.url,
        body.description ?? current.description,
        body.event_types ?? current.event_types,
        enabled,
        disabledReason,
        failingSince,
        now,
      ],
    );
    return updated as WebhookEndpointRow;
  });
  return toWebhookEndpoint(row);
}
