import { NetworkError } from '../errors/NetworkError';
import { TimeoutError } from '../errors/TimeoutError';
import type { HttpRequest, HttpResponse, Transport } from './Transport';

/** The part of a fetch `Response` the transport reads (global fetch, node-fetch@2, `@forge/api`). */
export interface FetchLikeResponse {
  status: number;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
}

/** The part of `fetch` the transport calls. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal },
) => Promise<FetchLikeResponse>;

/**
 * A {@link Transport} over any fetch-like function (default: the global `fetch`).
 * The timeout covers the whole exchange, body included: it aborts the request and rejects with a
 * {@link TimeoutError} even if `fetchFn` ignores the abort signal. Other failures become a {@link NetworkError}.
 */
export const fetchTransport = (fetchFn: FetchLike = globalThis.fetch): Transport => {
  if (typeof fetchFn !== 'function')
    throw new TypeError('fetchTransport needs a fetch function and there is no global fetch here');
  return async (request) => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new TimeoutError(request.timeoutMs));
      }, request.timeoutMs);
    });
    try {
      return await Promise.race([send(fetchFn, request, controller.signal), timeout]);
    } catch (error) {
      if (error instanceof TimeoutError) throw error;
      if (controller.signal.aborted) throw new TimeoutError(request.timeoutMs, { cause: error });
      throw new NetworkError(describe(error), { cause: error });
    } finally {
      clearTimeout(timer);
    }
  };
};

const send = async (fetchFn: FetchLike, request: HttpRequest, signal: AbortSignal): Promise<HttpResponse> => {
  const response = await fetchFn(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    signal,
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { status: response.status, headers, body: await response.text() };
};

/** Error text, with its cause's (undici says only "fetch failed"); duck-typed because errors may come from another realm. */
const describe = (error: unknown): string => {
  const message = messageOf(error);
  const cause = typeof error === 'object' && error !== null ? messageOf((error as { cause?: unknown }).cause) : '';
  return cause !== '' && !message.includes(cause) ? `${message}: ${cause}` : message;
};

const messageOf = (value: unknown): string => {
  if (typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string') {
    return (value as { message: string }).message;
  }
  return value === undefined ? '' : String(value);
};
