import type { ChannelDelivery } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';

interface LinkDeliveryRow {
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

/**
 * The link messages of some verifications with their delivery log (every attempt, and the next try
 * while queued), by verification id, oldest first. Phone-code messages share the outbox but are not
 * deliveries of the link.
 */
export async function loadLinkDeliveries(
  db: Queryable,
  verificationIds: readonly string[],
): Promise<Map<string, ChannelDelivery[]>> {
  const byVerification = new Map<string, ChannelDelivery[]>();
  if (verificationIds.length === 0) return byVerification;
  const rows = await db.query<LinkDeliveryRow>(
    `SELECT id, verification_id, channel, contact, destination, status, error, sent_at, next_attempt_at
       FROM verification_deliveries WHERE verification_id = ANY ($1::text[]) AND kind = 'link' ORDER BY id`,
    [verificationIds],
  );
  const attempts =
    rows.length === 0
      ? []
      : await db.query<{ delivery_id: string | number; attempted_at: Date; error: string | null }>(
          'SELECT delivery_id, attempted_at, error FROM verification_delivery_attempts WHERE delivery_id = ANY ($1::bigint[]) ORDER BY id',
          [rows.map((r) => String(r.id))],
        );
  for (const row of rows) {
    const list = byVerification.get(row.verification_id) ?? [];
    list.push({
      channel: row.channel,
      contact: row.contact,
      destination: row.destination,
      status: row.status,
      error: row.error,
      sent_at: row.sent_at.toISOString(),
      next_attempt_at: row.status === 'queued' && row.next_attempt_at ? row.next_attempt_at.toISOString() : null,
      attempts: attempts
        .filter((a) => String(a.delivery_id) === String(row.id))
        .map((a) => ({ attempted_at: a.attempted_at.toISOString(), error: a.error })),
    });
    byVerification.set(row.verification_id, list);
  }
  return byVerification;
}
