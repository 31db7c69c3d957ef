import type { AppContext } from '../../kernel/AppContext';

/** How long an `Idempotency-Key` protects against a repeated create (a double click, a client retry). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

/** Deletes idempotency keys older than 24 hours (every organisation: a maintenance sweep); returns how many. */
export async function pruneIdempotencyKeys(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<number> {
  const rows = await ctx.db.query('DELETE FROM idempotency_keys WHERE created_at < $1 RETURNING 1', [
    new Date(ctx.clock.now().getTime() - IDEMPOTENCY_KEY_TTL_MS),
  ]);
  return rows.length;
}
