import type { Channel, ChannelDelivery, ContactChoice } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../../kernel/database';
import type { MessageKind } from './OutboundMessage';

/** A link message as the delivery log shows it. */
export interface LinkDeliveryRow {
  id: string | number;
  verification_id: string;
  channel: ChannelDelivery['channel'];
  contact: ChannelDelivery['contact'];
  destination: string;
  status: ChannelDelivery['status'];
  error: string | null;
  sent_at: Date;
  next_attempt_at: Date | null;
  [key: string]: unknown;
}

/** A due message with the state of its verification, as a claim reads it. */
export interface DueDeliveryRow {
  id: string | number;
  org_id: string;
  verification_id: string;
  kind: MessageKind;
  sealed_message: Uint8Array | null;
  attempt_count: number;
  expires_at: Date;
  verification_status: string;
  [key: string]: unknown;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** Where a message goes and what it is for, as the delivery log shows it. */
interface DeliveryAddress {
  orgId: string;
  verificationId: string;
  kind: MessageKind;
  channel: Channel;
  contact: ContactChoice;
  destination: string;
}

/** Queues a sealed message, due at `at`; returns its delivery id. */
export async function insertQueuedDelivery(
  ctx: Db,
  input: Tx & DeliveryAddress & { sealedMessage: Buffer; expiresAt: Date; at: Date },
): Promise<number> {
  const [row] = await (input.tx ?? ctx.db).query<{ id: string | number }>(
    `INSERT INTO verification_deliveries
       (org_id, verification_id, kind, channel, contact, destination, status, error, sealed_message, next_attempt_at,
         expires_at, sent_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'queued', NULL, $7, $8, $9, $8, $8) RETURNING id`,
    [
      input.orgId,
      input.verificationId,
      input.kind,
      input.channel,
      input.contact,
      input.destination,
      input.sealedMessage,
      input.at,
      input.expiresAt,
    ],
  );
  if (!row) throw new Error('the message outbox returned no row');
  return Number(row.id);
}

/** Logs a message that could not be queued as failed with `error`. */
export async function insertFailedDelivery(
  ctx: Db,
  input: Tx & DeliveryAddress & { error: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO verification_deliveries (org_id, verification_id, kind, channel, contact, destination, status,
      error, sent_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'failed', $7, $8, $8)`,
    [
      input.orgId,
      input.verificationId,
      input.kind,
      input.channel,
      input.contact,
      input.destination,
      input.error,
      input.at,
    ],
  );
}

/** Fails the queued messages of a kind of one verification, except one leased (being sent) at `at`. */
export async function failQueuedDeliveries(
  ctx: Db,
  input: Tx & { verificationId: string; kind: MessageKind; reason: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verification_deliveries SET status = 'failed', error = $3, sealed_message = NULL, next_attempt_at = NULL,
      locked_until = NULL, sent_at = $4
      WHERE verification_id = $1 AND kind = $2 AND status = 'queued' AND (locked_until IS NULL OR locked_until <= $4)`,
    [input.verificationId, input.kind, input.reason, input.at],
  );
}

/**
 * Locks up to `limit` queued messages due at `now` and not leased (of one verification when given),
 * oldest due first, skipping rows another dispatcher holds.
 */
export async function lockDueDeliveries(
  ctx: Db,
  input: Tx & { now: Date; limit: number; verificationId: string | null },
): Promise<DueDeliveryRow[]> {
  return (input.tx ?? ctx.db).query<DueDeliveryRow>(
    `SELECT d.id, d.org_id, d.verification_id, d.kind, d.sealed_message, d.attempt_count, d.expires_at,
      v.status AS verification_status
       FROM verification_deliveries d JOIN verifications v ON v.id = d.verification_id AND v.org_id = d.org_id
      WHERE d.status = 'queued' AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL OR d.locked_until <= $1)
        AND ($3::text IS NULL OR d.verification_id = $3)
      ORDER BY d.next_attempt_at, d.id
      LIMIT $2
      FOR UPDATE OF d SKIP LOCKED`,
    [input.now, input.limit, input.verificationId],
  );
}

/** Gives a message up with `reason`, its content erased. */
export async function failDelivery(
  ctx: Db,
  input: Tx & { id: string | number; reason: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verification_deliveries SET status = 'failed', error = $2, sealed_message = NULL, next_attempt_at = NULL,
      locked_until = NULL, sent_at = $3 WHERE id = $1`,
    [input.id, input.reason, input.at],
  );
}

/** Leases messages to this dispatcher until `lockedUntil`. */
export async function leaseDeliveries(
  ctx: Db,
  input: Tx & { ids: (string | number)[]; lockedUntil: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE verification_deliveries SET locked_until = $2 WHERE id = ANY ($1::bigint[])',
    [input.ids.map(String), input.lockedUntil],
  );
}

/**
 * Moves a message on after an attempt (its content kept only while queued), provided it is still
 * queued under the lease `lockedUntil`; false when the lease had passed on.
 */
export async function moveLeasedDelivery(
  ctx: Db,
  input: Tx & {
    id: number;
    lockedUntil: Date;
    status: 'sent' | 'queued' | 'failed';
    error: string | null;
    attempts: number;
    nextAttemptAt: Date | null;
    at: Date;
  },
): Promise<boolean> {
  const moved = await (input.tx ?? ctx.db).query(
    `UPDATE verification_deliveries
        SET status = $3, error = $4, attempt_count = $5, next_attempt_at = $6, locked_until = NULL, sent_at = $7,
            sealed_message = CASE WHEN $3 = 'queued' THEN sealed_message ELSE NULL END
      WHERE id = $1 AND status = 'queued' AND locked_until = $2 RETURNING id`,
    [input.id, input.lockedUntil, input.status, input.error, input.attempts, input.nextAttemptAt, input.at],
  );
  return moved.length === 1;
}

/** The link messages of some verifications, oldest first (phone-code messages are not deliveries of the link). */
export async function findLinkDeliveries(
  ctx: Db,
  input: Tx & { verificationIds: readonly string[] },
): Promise<LinkDeliveryRow[]> {
  return (input.tx ?? ctx.db).query<LinkDeliveryRow>(
    `SELECT id, verification_id, channel, contact, destination, status, error, sent_at, next_attempt_at
       FROM verification_deliveries WHERE verification_id = ANY ($1::text[]) AND kind = 'link' ORDER BY id`,
    [input.verificationIds],
  );
}
