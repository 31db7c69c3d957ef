import type { AppContext } from '../../../kernel/AppContext';
import type { MessageKind, OutboundMessage } from './OutboundMessage';
import { failDelivery, leaseDeliveries, lockDueDeliveries } from './verificationDeliveriesTable';

/** How long a claim holds a message by default: longer than a provider's 15 s deadline. */
export const MESSAGE_LEASE_MS = 60_000;

/** A queued message this dispatcher holds until `lockedUntil`, opened for sending. */
export interface ClaimedMessage {
  id: number;
  orgId: string;
  verificationId: string;
  kind: MessageKind;
  message: OutboundMessage;
  attemptCount: number;
  expiresAt: Date;
  /** The lease: recording the attempt succeeds only while the row still carries this value. */
  lockedUntil: Date;
}

/**
 * Claims up to `limit` queued messages that are due (of one verification when `verificationId` is
 * given), oldest due first, with `FOR UPDATE SKIP LOCKED` and a lease written in the same short
 * transaction, like webhook deliveries: a process that dies mid-send leaves the lease to run out and
 * the message is claimed again. A message whose link or code has expired, or whose verification has
 * ended, is failed instead of claimed (its content erased).
 */
export async function claimDueMessages(
  ctx: Pick<AppContext, 'db' | 'clock' | 'key'>,
  options: { limit: number; leaseMs?: number; verificationId?: string },
): Promise<ClaimedMessage[]> {
  const now = ctx.clock.now();
  const lockedUntil = new Date(now.getTime() + (options.leaseMs ?? MESSAGE_LEASE_MS));
  const rows = await ctx.db.transaction(async (tx) => {
    const due = await lockDueDeliveries(ctx, {
      tx,
      now,
      limit: options.limit,
      verificationId: options.verificationId ?? null,
    });
    const claimed: typeof due = [];
    for (const row of due) {
      const live =
        row.kind === 'link'
          ? ['pending', 'opened'].includes(row.verification_status)
          : row.verification_status === 'opened';
      const reason =
        row.sealed_message === null
          ? 'The message was lost from the outbox'
          : !live
            ? `The verification ended (${row.verification_status}) before the message could be sent`
            : row.expires_at <= now
              ? `The ${row.kind === 'link' ? 'link' : 'code'} expired before the message could be sent`
              : null;
      if (reason) {
        await failDelivery(ctx, { tx, id: row.id, reason, at: now });
      } else {
        claimed.push(row);
      }
    }
    if (claimed.length > 0) {
      await leaseDeliveries(ctx, { tx, ids: claimed.map((r) => r.id), lockedUntil });
    }
    return claimed;
  });
  return rows.map((row) => ({
    id: Number(row.id),
    orgId: row.org_id,
    verificationId: row.verification_id,
    kind: row.kind,
    message: JSON.parse(ctx.key.decrypt(row.sealed_message as Uint8Array)) as OutboundMessage,
    attemptCount: row.attempt_count,
    expiresAt: row.expires_at,
    lockedUntil,
  }));
}
