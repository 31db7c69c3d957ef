/** How the client retries idempotent requests. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. */
  retries: number;
  /** Upper bound of the first delay; doubles on each retry. */
  baseDelayMs: number;
  /** No delay exceeds this; a longer `Retry-After` ends the retries instead. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 3, baseDelayMs: 250, maxDelayMs: 5000 };

/**
 * Exponential backoff with full jitter: a random delay in `[0, min(maxDelayMs, baseDelayMs * 2^(retry-1)))`.
 * `retry` counts from 1; `random` returns a number in [0, 1).
 */
export const backoffDelayMs = (input: { retry: number; options: RetryOptions; random: () => number }): number => {
  const ceiling = Math.min(input.options.maxDelayMs, input.options.baseDelayMs * 2 ** (input.retry - 1));
  return Math.floor(input.random() * ceiling);
};
