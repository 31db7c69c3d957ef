const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The published schedule (DESIGN.md, after Svix), counted from the first failure, whatever it was
 * (refused connection, timeout, 5xx, 3xx): after failed attempt n wait `RETRY_DELAYS_MS[n - 1]`:
 * at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — 9 attempts over more than 24 h.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** Attempts in all before a delivery fails: the first and one per delay of the schedule. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** The longest a `Retry-After` may push the next attempt back. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

/**
 * How long to wait before the next attempt after `attemptsMade` attempts have failed, or null when
 * the schedule is spent. A receiver's `retryAfterMs` wins when it is later (capped at 24 h).
 */
export function retryDelayMs(attemptsMade: number, retryAfterMs?: number): number | null {
  const scheduled = RETRY_DELAYS_MS[attemptsMade - 1];
  if (scheduled === undefined) return null;
  if (retryAfterMs === undefined) return scheduled;
  return Math.max(scheduled, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}
