const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * How long a message waits after failed attempt n before the next: 5 s, 30 s, 2 min, 5 min, 10 min —
 * 6 attempts over about 18 minutes, a link's default lifetime. A message is never tried after it
 * expires (its link or code), whatever is left of the schedule.
 */
export const MESSAGE_RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  30 * SECOND,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
];

/** The wait before the next attempt after `attemptsMade` failed ones, or null when the schedule is spent. */
export function messageRetryDelayMs(attemptsMade: number): number | null {
  return MESSAGE_RETRY_DELAYS_MS[attemptsMade - 1] ?? null;
}
