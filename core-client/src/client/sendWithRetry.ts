import { NetworkError } from '../errors/NetworkError';
import { TimeoutError } from '../errors/TimeoutError';
import { toHelpdeskVerifyError } from '../errors/toHelpdeskVerifyError';
import type { HttpRequest, HttpResponse, Transport } from '../transports/Transport';
import { backoffDelayMs, type RetryOptions } from './backoffDelayMs';
import { parseRetryAfter } from './parseRetryAfter';

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const RETRY_AFTER_STATUSES = new Set([429, 503]);

/** What {@link sendWithRetry} needs; every source of time and chance is injected. */
export interface SendWithRetryOptions {
  transport: Transport;
  request: HttpRequest;
  /** Only idempotent requests (safe method or an Idempotency-Key) are ever sent twice. */
  retryable: boolean;
  retry: RetryOptions;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

/**
 * Sends a request, retrying a retryable one after a `NetworkError`, a `TimeoutError` or a
 * 429/502/503/504 response, with full-jitter backoff; a 429/503 `Retry-After` sets the delay
 * (one longer than `maxDelayMs` ends the retries). Resolves with the last response, whatever its
 * status; rejects with the last transport error as a `HelpdeskVerifyError`.
 */
export const sendWithRetry = async (options: SendWithRetryOptions): Promise<HttpResponse> => {
  const { transport, request, retry } = options;
  for (let retries = 0; ; retries += 1) {
    const mayRetry = options.retryable && retries < retry.retries;
    const nextDelay = () => backoffDelayMs({ retry: retries + 1, options: retry, random: options.random });
    let response: HttpResponse;
    try {
      response = await transport(request);
    } catch (thrown) {
      const error = toHelpdeskVerifyError(thrown);
      if (!mayRetry || !(error instanceof NetworkError || error instanceof TimeoutError)) throw error;
      await options.sleep(nextDelay());
      continue;
    }
    if (!mayRetry || !RETRYABLE_STATUSES.has(response.status)) return response;
    const retryAfter = RETRY_AFTER_STATUSES.has(response.status)
      ? parseRetryAfter(response.headers['retry-after'], options.now())
      : undefined;
    if (retryAfter !== undefined && retryAfter > retry.maxDelayMs) return response;
    await options.sleep(retryAfter ?? nextDelay());
  }
};
