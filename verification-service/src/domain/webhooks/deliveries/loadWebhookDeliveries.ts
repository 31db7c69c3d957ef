import type { WebhookDelivery } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../../kernel/database';
import { findAttemptsOfWebhookDeliveries } from '../webhookAttemptsTable';
import type { WebhookDeliveryRow } from '../webhookDeliveriesTable';

/** Adds each delivery's attempts, newest first, and turns the rows into the API shape. */
export async function loadWebhookDeliveries(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; rows: WebhookDeliveryRow[] },
): Promise<WebhookDelivery[]> {
  const { rows } = input;
  const attempts = rows.length
    ? await findAttemptsOfWebhookDeliveries(ctx, {
        ...(input.tx ? { tx: input.tx } : {}),
        orgId: input.orgId,
        deliveryIds: rows.map((r) => r.id),
      })
    : [];
  return rows.map((row) => ({
    id: row.id,
    endpoint_id: row.endpoint_id,
    message_id: row.message_id,
    event_type: row.event_type,
    verification_id: row.verification_id,
    status: row.status,
    attempt_count: row.attempt_count,
    next_attempt_at: row.next_attempt_at ? row.next_attempt_at.toISOString() : null,
    attempts: attempts
      .filter((a) => a.delivery_id === row.id)
      .map((a) => ({
        attempted_at: a.attempted_at.toISOString(),
        status_code: a.status_code,
        latency_ms: a.latency_ms,
        response_excerpt: a.response_excerpt,
        error: a.error,
      })),
    created_at: row.created_at.toISOString(),
  }));
}
