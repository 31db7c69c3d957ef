import type { Db, Tx } from '../../kernel/database';

/** Every column of `webhook_attempts`, in table order. */
export const WEBHOOK_ATTEMPT_COLUMNS = [
  'id',
  'org_id',
  'delivery_id',
  'attempted_at',
  'status_code',
  'latency_ms',
  'response_excerpt',
  'error',
] as const;

/** A `webhook_attempts` row as the drivers return it. */
export interface WebhookAttemptRow {
  [column: string]: unknown;
  delivery_id: string;
  attempted_at: Date;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertWebhookAttempt(
  ctx: Db,
  input: Tx & {
    orgId: string;
    deliveryId: string;
    attemptedAt: Date;
    statusCode: number | null;
    latencyMs: number;
    responseExcerpt: string | null;
    error: string | null;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO webhook_attempts (org_id, delivery_id, attempted_at, status_code, latency_ms, response_excerpt, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      input.orgId,
      input.deliveryId,
      input.attemptedAt,
      input.statusCode,
      input.latencyMs,
      input.responseExcerpt,
      input.error,
    ],
  );
}

/** The attempts of some deliveries of one organisation, newest first. */
export async function findAttemptsOfWebhookDeliveries(
  ctx: Db,
  input: Tx & { orgId: string; deliveryIds: string[] },
): Promise<WebhookAttemptRow[]> {
  return (input.tx ?? ctx.db).query<WebhookAttemptRow>(
    `SELECT ${WEBHOOK_ATTEMPT_COLUMNS.join(', ')} FROM webhook_attempts WHERE org_id = $1
      AND delivery_id = ANY ($2::text[]) ORDER BY id DESC`,
    [input.orgId, input.deliveryIds],
  );
}
