import type { AppContext } from '../../kernel/AppContext';
import { finishVerification } from './finishVerification';
import { findDueVerifications } from './verificationsTable';

/**
 * The background sweep: every verification past its expiry that has not ended becomes expired and
 * emits `trust_check.expired`, whether or not anyone looks at it. Safe to run in several processes.
 */
export async function expireDueVerifications(ctx: AppContext, options: { limit?: number } = {}): Promise<number> {
  const now = ctx.clock.now();
  const due = await findDueVerifications(ctx, { now, limit: options.limit ?? 100 });
  let expired = 0;
  for (const v of due) {
    const done = await ctx.db.transaction((tx) =>
      finishVerification(ctx, {
        tx,
        orgId: v.org_id,
        verificationId: v.id,
        status: 'expired',
        reason: 'The link expired before the employee finished',
        assuranceReached: null,
      }),
    );
    if (done) expired++;
  }
  return expired;
}
