import type { EventType, WebhookDelivery } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../../kernel/database';

/** A delivery row joined with its message, as {@link DELIVERY_SELECT} returns it. */
export interface WebhookDeliveryRow {
  [column: string]: unknown;
  id: string;
  endpoint_id: string;
  message_id: string;
  event_type: EventType;
  verification_id: string | null;
  status: WebhookDelivery['status'];
  attempt_count: number;
  next_attempt_at: Date | null;
  created_at: Date;
}

/** The columns of a delivery for the API; alias `d` is the delivery, `m` its message. */
export const DELIVERY_SELECT = `SELECT d.id, d.endpoint_id, d.message_id, m.event_type, m.verification_id, d.status,
  d.attempt_count, d.next_attempt_at, d.created_at
  FROM webhook_deliveries d JOIN webhook_messages m ON m.id = d.message_id AND m.org_id = d.org_id`;

interface AttemptRow {
  [column: string]: unknown;
  delivery_id: string;
  attempted_at: Date;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
}

/** Adds each delivery's attempts, newest first, and turns the rows into the API shape. */
export async function loadWebhookDeliveries(
  db: Queryable,
  orgId: string,
  rows: WebhookDeliveryRow[],
): Promise<WebhookDelivery[]> {
  const attempts = rows.length
    ? await db.query<AttemptRow>(
        'SELECT * FROM webhook_attempts WHERE org_id = $1 AND delivery_id = ANY ($2::text[]) ORDER BY id DESC',
        [orgId, rows.map((r) => r.id)],
      )
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
