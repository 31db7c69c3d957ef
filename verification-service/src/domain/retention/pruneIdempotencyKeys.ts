import type { AppContext } from '../../kernel/AppContext';
import { deleteIdempotencyKeysCreatedBefore } from '../verifications/idempotencyKeysTable';

/** How long an `Idempotency-Key` protects against a repeated create (a double click, a client retry). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

/** Deletes idempotency keys older than 24 hours (every organisation: a maintenance sweep); returns how many. */
export async function pruneIdempotencyKeys(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<number> {
  return deleteIdempotencyKeysCreatedBefore(ctx, {
    before: new Date(ctx.clock.now().getTime() - IDEMPOTENCY_KEY_TTL_MS),
  });
}
