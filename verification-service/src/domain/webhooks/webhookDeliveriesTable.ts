import type { EventType, TrustCheckEvent, WebhookDelivery } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';
import { cursorCondition } from '../../infrastructure/storage/cursor';

/** A delivery joined with its message, as the API lists it. */
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

/** A delivery a dispatcher leased, with its message and its endpoint's URL. */
export interface LeasedWebhookDeliveryRow {
  [column: string]: unknown;
  id: string;
  org_id: string;
  endpoint_id: string;
  url: string;
  message_id: string;
  payload: TrustCheckEvent;
  attempt_count: number;
  automatic_retries: boolean;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** The columns of a delivery for the API; alias `d` is the delivery, `m` its message. */
const DELIVERY_SELECT = `SELECT d.id, d.endpoint_id, d.message_id, m.event_type, m.verification_id, d.status,
  d.attempt_count, d.next_attempt_at, d.created_at
  FROM webhook_deliveries d JOIN webhook_messages m ON m.id = d.message_id AND m.org_id = d.org_id`;

/** Queues a message to an endpoint, due at `at`; with `automaticRetries` false it gets one attempt. */
export async function insertWebhookDelivery(
  ctx: Db,
  input: Tx & { id: string; orgId: string; messageId: string; endpointId: string; automaticRetries: boolean; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO webhook_deliveries (id, org_id, message_id, endpoint_id, status, next_attempt_at, automatic_retries,
      created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'pending', $5, $6, $5, $5)`,
    [input.id, input.orgId, input.messageId, input.endpointId, input.at, input.automaticRetries],
  );
}

/** One delivery of the organisation as the API lists it, or null. */
export async function findWebhookDeliveryRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<WebhookDeliveryRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<WebhookDeliveryRow>(
    `${DELIVERY_SELECT} WHERE d.org_id = $1 AND d.id = $2`,
    [input.orgId, input.id],
  );
  return row ?? null;
}

/**
 * One page of an organisation's deliveries, newest first (`limit + 1` rows, to tell whether more
 * follow): those to one endpoint (optionally of one status) or those of one verification's events.
 */
export async function findWebhookDeliveryPage(
  ctx: Db,
  input: Tx & {
    orgId: string;
    of: { endpointId: string; status?: WebhookDelivery['status'] } | { verificationId: string };
    cursor: string | undefined;
    limit: number;
  },
): Promise<WebhookDeliveryRow[]> {
  const params: unknown[] = [input.orgId];
  let where = 'd.org_id = $1';
  if ('verificationId' in input.of) {
    params.push(input.of.verificationId);
    where += ` AND m.verification_id = $${params.length}`;
  } else {
    params.push(input.of.endpointId);
    where += ` AND d.endpoint_id = $${params.length}`;
    if (input.of.status) {
      params.push(input.of.status);
      where += ` AND d.status = $${params.length}`;
    }
  }
  where += cursorCondition(input.cursor, params, 'd');
  params.push(input.limit + 1);
  return (input.tx ?? ctx.db).query<WebhookDeliveryRow>(
    `${DELIVERY_SELECT} WHERE ${where} ORDER BY d.created_at DESC, d.id DESC LIMIT $${params.length}`,
    params,
  );
}

/**
 * Makes a delivery due at `at` again: a pending one keeps its schedule and lease; a settled one gets
 * one attempt without automatic retries. Returns false when the endpoint has no such delivery.
 */
export async function requeueWebhookDelivery(
  ctx: Db,
  input: Tx & { orgId: string; endpointId: string; id: string; at: Date },
): Promise<boolean> {
  const updated = await (input.tx ?? ctx.db).query<{ id: string }>(
    `UPDATE webhook_deliveries
     SET automatic_retries = CASE WHEN status = 'pending' THEN automatic_retries ELSE false END,
         locked_until = CASE WHEN status = 'pending' THEN locked_until ELSE NULL END,
         status = 'pending', next_attempt_at = $4, updated_at = $4
     WHERE org_id = $1 AND endpoint_id = $2 AND id = $3 RETURNING id`,
    [input.orgId, input.endpointId, input.id, input.at],
  );
  return updated.length > 0;
}

/** Fails every pending delivery of an endpoint. */
export async function failPendingWebhookDeliveries(
  ctx: Db,
  input: Tx & { orgId: string; endpointId: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, locked_until = NULL, updated_at = $3
     WHERE org_id = $1 AND endpoint_id = $2 AND status = 'pending'`,
    [input.orgId, input.endpointId, input.at],
  );
}

/**
 * Locks up to `limit` pending deliveries of enabled endpoints due at `now` and not leased, across all
 * organisations, oldest due first, skipping rows another dispatcher holds; returns their ids.
 */
export async function lockDueWebhookDeliveries(ctx: Db, input: Tx & { now: Date; limit: number }): Promise<string[]> {
  const due = await (input.tx ?? ctx.db).query<{ id: string }>(
    `SELECT d.id FROM webhook_deliveries d
     JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.org_id = d.org_id
     WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL OR d.locked_until <= $1)
       AND e.enabled
     ORDER BY d.next_attempt_at, d.id
     LIMIT $2
     FOR UPDATE OF d SKIP LOCKED`,
    [input.now, input.limit],
  );
  return due.map((d) => d.id);
}

/** Leases deliveries to this dispatcher until `lockedUntil`; returns them with what sending needs. */
export async function leaseWebhookDeliveries(
  ctx: Db,
  input: Tx & { ids: string[]; lockedUntil: Date },
): Promise<LeasedWebhookDeliveryRow[]> {
  return (input.tx ?? ctx.db).query<LeasedWebhookDeliveryRow>(
    `UPDATE webhook_deliveries d SET locked_until = $2
     FROM webhook_messages m, webhook_endpoints e
     WHERE d.id = ANY ($1::text[]) AND m.id = d.message_id AND m.org_id = d.org_id AND e.id = d.endpoint_id
       AND e.org_id = d.org_id
     RETURNING d.id, d.org_id, d.endpoint_id, e.url, d.message_id, m.payload, d.attempt_count, d.automatic_retries`,
    [input.ids, input.lockedUntil],
  );
}

/**
 * Moves a delivery on after an attempt, provided it is still pending under the lease `lockedUntil`;
 * false when the lease had passed on or the delivery was failed meanwhile.
 */
export async function moveLeasedWebhookDelivery(
  ctx: Db,
  input: Tx & {
    orgId: string;
    id: string;
    lockedUntil: Date;
    status: 'succeeded' | 'failed' | 'pending';
    attempts: number;
    nextAttemptAt: Date | null;
    at: Date;
  },
): Promise<boolean> {
  const moved = await (input.tx ?? ctx.db).query(
    `UPDATE webhook_deliveries SET status = $4, attempt_count = $5, next_attempt_at = $6, locked_until = NULL,
      updated_at = $7
     WHERE org_id = $1 AND id = $2 AND status = 'pending' AND locked_until = $3 RETURNING id`,
    [input.orgId, input.id, input.lockedUntil, input.status, input.attempts, input.nextAttemptAt, input.at],
  );
  return moved.length === 1;
}

/** Deletes the deliveries of the events of some verifications (their attempts cascade). */
export async function deleteWebhookDeliveriesOfVerifications(
  ctx: Db,
  input: Tx & { orgId: string; verificationIds: string[] },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `DELETE FROM webhook_deliveries WHERE org_id = $1 AND message_id IN (SELECT id FROM webhook_messages
      WHERE org_id = $1 AND verification_id = ANY ($2::text[]))`,
    [input.orgId, input.verificationIds],
  );
}
