import type { AppContext } from '../../../kernel/AppContext';
import type { ClaimedMessage } from './claimDueMessages';
import { messageRetryDelayMs } from './messageRetrySchedule';

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
    await tx.query(
      'INSERT INTO verification_delivery_attempts (org_id, delivery_id, attempted_at, error) VALUES ($1, $2, $3, $4)',
      [message.orgId, message.id, now, error],
    );
    const moved = await tx.query(
      `UPDATE verification_deliveries
          SET status = $3, error = $4, attempt_count = $5, next_attempt_at = $6, locked_until = NULL, sent_at = $7,
              sealed_message = CASE WHEN $3 = 'queued' THEN sealed_message ELSE NULL END
        WHERE id = $1 AND status = 'queued' AND locked_until = $2 RETURNING id`,
      [message.id, message.lockedUntil, status, error, attempts, status === 'queued' ? nextAttemptAt : null, now],
    );
    if (moved.length === 0) return 'lost';
    return status === 'sent' ? 'sent' : status === 'queued' ? 'retried' : 'failed';
  });
}
