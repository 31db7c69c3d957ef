import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { leaseWebhookDeliveries, lockDueWebhookDeliveries } from '../webhookDeliveriesTable';

/**
 * How long a claim holds a delivery by default: longer than an attempt's 15 s deadline, short enough
 * to recover a crash. Configurable with `HV_WEBHOOK_LEASE_SECONDS`.
 */
export const LEASE_MS = 60_000;

/** A delivery this dispatcher holds until `lockedUntil`, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  orgId: string;
  endpointId: string;
  url: string;
  messageId: string;
  payload: TrustCheckEvent;
  attemptCount: number;
  automaticRetries: boolean;
  /** The lease: recording the attempt succeeds only while the row still carries this value. */
  lockedUntil: Date;
}

/**
 * Claims up to `limit` pending deliveries that are due, of enabled endpoints, across all
 * organisations, oldest due first: `FOR UPDATE SKIP LOCKED` so concurrent dispatchers never claim the
 * same row, and a lease (`locked_until`, now + `leaseMs`, 60 s by default) written in the same short
 * transaction so the row stays theirs while they send outside it. A dispatcher that dies mid-send leaves the lease to
 * expire; the delivery is then claimed again and sent with the same message id.
 */
export async function claimDueDeliveries(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  options: { limit: number; leaseMs?: number },
): Promise<ClaimedDelivery[]> {
  const now = ctx.clock.now();
  const lockedUntil = new Date(now.getTime() + (options.leaseMs ?? LEASE_MS));
  const rows = await ctx.db.transaction(async (tx) => {
    const due = await lockDueWebhookDeliveries(ctx, { tx, now, limit: options.limit });
    if (due.length === 0) return [];
    return leaseWebhookDeliveries(ctx, { tx, ids: due, lockedUntil });
  });
  return rows.map((row) => ({
    id: row.id,
    orgId: row.org_id,
    endpointId: row.endpoint_id,
    url: row.url,
    messageId: row.message_id,
    payload: row.payload,
    attemptCount: row.attempt_count,
    automaticRetries: row.automatic_retries,
    lockedUntil,
  }));
}
