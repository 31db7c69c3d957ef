import type { AppContext } from '../../kernel/AppContext';
import { appendAuditEntry } from '../audit/appendAuditEntry';
import { listOrganizationRetentionDays } from '../organizations/organizationsTable';
import { deleteIdempotencyKeysOfVerifications } from '../verifications/idempotencyKeysTable';
import { deleteVerifications, lockPurgeableVerifications } from '../verifications/verificationsTable';
import { deleteWebhookDeliveriesOfVerifications } from '../webhooks/webhookDeliveriesTable';
import { deleteWebhookMessagesOfVerifications } from '../webhooks/webhookMessagesTable';

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
  const orgs = await listOrganizationRetentionDays(ctx);
  let purged = 0;
  for (const org of orgs) {
    const cutoff = new Date(ctx.clock.now().getTime() - org.days * DAY_MS);
    for (;;) {
      const deleted = await ctx.db.transaction(async (tx) => {
        const ids = await lockPurgeableVerifications(ctx, { tx, orgId: org.id, completedBefore: cutoff, limit: BATCH });
        if (ids.length === 0) return 0;
        const of = { tx, orgId: org.id, verificationIds: ids };
        await deleteWebhookDeliveriesOfVerifications(ctx, of);
        await deleteWebhookMessagesOfVerifications(ctx, of);
        await deleteIdempotencyKeysOfVerifications(ctx, of);
        await deleteVerifications(ctx, { tx, orgId: org.id, ids });
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
