import type { ChannelDelivery } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { findLinkDeliveries } from '../notifications/queue/verificationDeliveriesTable';
import { findAttemptsOfDeliveries } from '../notifications/queue/verificationDeliveryAttemptsTable';

/**
 * The link messages of some verifications with their delivery log (every attempt, and the next try
 * while queued), by verification id, oldest first. Phone-code messages share the outbox but are not
 * deliveries of the link.
 */
export async function loadLinkDeliveries(
  ctx: { db: Queryable },
  input: { tx?: Queryable; verificationIds: readonly string[] },
): Promise<Map<string, ChannelDelivery[]>> {
  const byVerification = new Map<string, ChannelDelivery[]>();
  if (input.verificationIds.length === 0) return byVerification;
  const rows = await findLinkDeliveries(ctx, input);
  const attempts =
    rows.length === 0
      ? []
      : await findAttemptsOfDeliveries(ctx, {
          ...(input.tx ? { tx: input.tx } : {}),
          deliveryIds: rows.map((r) => r.id),
        });
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
