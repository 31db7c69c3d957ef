import type { AppContext } from '../../../kernel/AppContext';
import type { ClaimedMessage } from './claimDueMessages';
import { messageRetryDelayMs } from './messageRetrySchedule';
import { moveLeasedDelivery } from './verificationDeliveriesTable';
import { insertDeliveryAttempt } from './verificationDeliveryAttemptsTable';

/** What became of a message after an attempt; `lost` when its lease had passed to another process meanwhile. */
export type MessageOutcome = 'sent' | 'retried' | 'failed' | 'lost';

/** What the provider did with one attempt. */
export type MessageAttemptResult = { ok: true } | { ok: false; error: string; retryable: boolean };

/**
 * Logs one attempt and moves the message on: sent (its content erased); queued again on the retry
 * schedule after a failure the provider says may pass (connection trouble, SMTP 4xx, HTTP 429/5xx) while
 * the link or code is still valid; failed otherwise. Changes the message only while this lease holds.
 */
export async function recordMessageAttempt(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { message: ClaimedMessage; result: MessageAttemptResult },
): Promise<MessageOutcome> {
  const { message, result } = input;
  const now = ctx.clock.now();
  const error = result.ok ? null : result.error.slice(0, 300);
  const attempts = message.attemptCount + 1;
  const delay = result.ok || !result.retryable ? null : messageRetryDelayMs(attempts);
  const nextAttemptAt = delay === null ? null : new Date(now.getTime() + delay);
  const status = result.ok ? 'sent' : nextAttemptAt && nextAttemptAt < message.expiresAt ? 'queued' : 'failed';
  return ctx.db.transaction(async (tx) => {
    await insertDeliveryAttempt(ctx, { tx, orgId: message.orgId, deliveryId: message.id, attemptedAt: now, error });
    const moved = await moveLeasedDelivery(ctx, {
      tx,
      id: message.id,
      lockedUntil: message.lockedUntil,
      status,
      error,
      attempts,
      nextAttemptAt: status === 'queued' ? nextAttemptAt : null,
      at: now,
    });
    if (!moved) return 'lost';
    return status === 'sent' ? 'sent' : status === 'queued' ? 'retried' : 'failed';
  });
}
