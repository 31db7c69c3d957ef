import type { Queryable } from '../../../kernel/database';

/**
 * Disables an endpoint that cannot take deliveries (410 Gone, or failing for days) with the reason
 * the admin will read, and fails its pending deliveries: nothing more goes out until it is
 * re-enabled, and those can be redelivered then.
 */
export async function disableWebhookEndpoint(
  tx: Queryable,
  input: { orgId: string; endpointId: string; reason: string; at: Date },
): Promise<void> {
  await tx.query(
    `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $3, updated_at = $4
     WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.endpointId, input.reason, input.at],
  );
  await tx.query(
    `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, locked_until = NULL, updated_at = $3
     WHERE org_id = $1 AND endpoint_id = $2 AND status = 'pending'`,
    [input.orgId, input.endpointId, input.at],
  );
}
