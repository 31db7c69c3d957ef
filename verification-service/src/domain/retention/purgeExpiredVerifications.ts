import type { AppContext } from '../../kernel/AppContext';
import { appendAuditEntry } from '../audit/appendAuditEntry';

const DAY_MS = 86_400_000;
const BATCH = 200;

/**
 * Applies each organisation's `verification_retention_days`: finished verifications completed
 * longer ago than that are deleted with their proofs, timeline, sessions and message deliveries
 * (cascades), their webhook messages, deliveries and attempts, and their idempotency keys. One
 * still being delivered to a webhook waits for the next run. The audit log keeps its entries (they
 * hold no personal details) and gains a `retention.purged` entry per batch. Returns how many were deleted.
 */
export async function purgeExpiredVerifications(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<number> {
  const orgs = await ctx.db.query<{ id: string; days: number }>(
    `SELECT id, (settings->>'verification_retention_days')::int AS days FROM organizations
      WHERE jsonb_typeof(settings->'verification_retention_days') = 'number'`,
  );
  let purged = 0;
  for (const org of orgs) {
    const cutoff = new Date(ctx.clock.now().getTime() - org.days * DAY_MS);
    for (;;) {
      const deleted = await ctx.db.transaction(async (tx) => {
        const due = await tx.query<{ id: string }>(
          `SELECT v.id FROM verifications v
            WHERE v.org_id = $1 AND v.status IN ('passed', 'failed', 'expired', 'cancelled') AND v.completed_at < $2
              AND NOT EXISTS (SELECT 1 FROM webhook_messages m JOIN webhook_deliveries d ON d.message_id = m.id
                               WHERE m.org_id = v.org_id AND m.verification_id = v.id AND d.status = 'pending')
            ORDER BY v.completed_at, v.id LIMIT $3 FOR UPDATE OF v SKIP LOCKED`,
          [org.id, cutoff, BATCH],
        );
        if (due.length === 0) return 0;
        const ids = due.map((r) => r.id);
        await tx.query(
          `DELETE FROM webhook_deliveries WHERE org_id = $1 AND message_id IN (SELECT id FROM webhook_messages WHERE org_id = $1 AND verification_id = ANY ($2::text[]))`,
          [org.id, ids],
        );
        await tx.query('DELETE FROM webhook_messages WHERE org_id = $1 AND verification_id = ANY ($2::text[])', [
          org.id,
          ids,
        ]);
        await tx.query('DELETE FROM idempotency_keys WHERE org_id = $1 AND verification_id = ANY ($2::text[])', [
          org.id,
          ids,
        ]);
        await tx.query('DELETE FROM verifications WHERE org_id = $1 AND id = ANY ($2::text[])', [org.id, ids]);
        await appendAuditEntry(ctx, tx, {
          orgId: org.id,
          actor: { type: 'system', id: null, label: 'system' },
          action: 'retention.purged',
          target: { type: 'organization', id: org.id },
          details: { verifications: ids.length, retention_days: org.days, completed_before: cutoff.toISOString() },
        });
        return ids.length;
      });
      purged += deleted;
      if (deleted < BATCH) break;
    }
  }
  return purged;
}
