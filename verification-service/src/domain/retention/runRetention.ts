import type { AppContext } from '../../kernel/AppContext';
import { purgeExpiredVerifications } from './purgeExpiredVerifications';
import { pruneIdempotencyKeys } from './pruneIdempotencyKeys';
import { pruneLocalOutbox } from './pruneLocalOutbox';

/** One run of the retention job: verifications past their organisation's retention, stale idempotency keys, old captured messages. */
export async function runRetention(
  ctx: Pick<AppContext, 'db' | 'clock' | 'logger'>,
  options: { outboxDir: string | null },
): Promise<{ verifications: number; idempotencyKeys: number; outboxMessages: number }> {
  const verifications = await purgeExpiredVerifications(ctx);
  const idempotencyKeys = await pruneIdempotencyKeys(ctx);
  const outboxMessages = options.outboxDir ? await pruneLocalOutbox({ dir: options.outboxDir, clock: ctx.clock }) : 0;
  if (verifications + idempotencyKeys + outboxMessages > 0)
    ctx.logger.info({ verifications, idempotencyKeys, outboxMessages }, 'retention: deleted');
  return { verifications, idempotencyKeys, outboxMessages };
}
