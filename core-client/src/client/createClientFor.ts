import type { Endpoint } from '../api/endpoint';
import type { EndpointInput, EndpointOutput } from '../api/EndpointInput';
import { buildRequest } from '../transports/buildRequest';
import { fetchTransport } from '../transports/fetchTransport';
import { parseResponse } from '../transports/parseResponse';
import type { Transport } from '../transports/Transport';
import { DEFAULT_RETRY, type RetryOptions } from './backoffDelayMs';
import { sendWithRetry } from './sendWithRetry';

/** Options of {@link createClientFor}. */
export interface ClientOptions {
  /** Service origin, optionally with a path prefix, e.g. `https://verify.example.com`. */
  baseUrl: string;
  /**
   * The Bearer API key of this integration, or `null` when the transport authenticates the calls
   * itself (the console in a browser: a session cookie and a CSRF header).
   */
  apiKey: string | null;
  /** How requests travel; default `fetchTransport()` over the global fetch. */
  transport?: Transport;
  /** Per attempt; default 10 000. */
  timeoutMs?: number;
  /** Default `{ retries: 3, baseDelayMs: 250, maxDelayMs: 5000 }`; given fields override. */
  retry?: Partial<RetryOptions>;
  /** Waits between retries; default `setTimeout`. */
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1), for backoff jitter; default `Math.random`. */
  random?: () => number;
  /** Milliseconds since the epoch, to read `Retry-After` dates; default `Date.now`. */
  now?: () => number;
}

/** One endpoint as a method: the argument may be left out when every part of it is optional. */
export type ClientMethod<E extends Endpoint> =
  {} extends EndpointInput<E>
    ? (input?: EndpointInput<E>) => Promise<EndpointOutput<E>>
    : (input: EndpointInput<E>) => Promise<EndpointOutput<E>>;

/** Operations by name, as in the `/v1` table or a part of it. */
export type EndpointTable = Readonly<Record<string, Endpoint>>;

/** A typed client: one method per endpoint of the table, named like it. */
export type ClientFor<T extends EndpointTable> = { readonly [K in keyof T]: ClientMethod<T[K]> };

/**
 * Creates a client with one method per operation of `table`, e.g. `client.createVerification({ body, idempotencyKey })`,
 * `client.getVerification({ params: { id } })`, `client.listVerifications({ query })`.
 * Methods validate their input (`RequestValidationError`), retry idempotent requests on network
 * failures, timeouts and 429/502/503/504, and resolve with the validated response or reject with an
 * `ApiError`, `NetworkError`, `TimeoutError` or `InvalidResponseError`.
 */
export const createClientFor = <T extends EndpointTable>(table: T, options: ClientOptions): ClientFor<T> => {
  if (!/^https?:\/\/[^/]/.test(options.baseUrl))
    throw new TypeError(`baseUrl must be an http(s) URL, got ${JSON.stringify(options.baseUrl)}`);
  if (options.apiKey !== null && options.apiKey.trim() === '') throw new TypeError('apiKey must not be empty');
  const transport = options.transport ?? fetchTransport();
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const requestOptions = { baseUrl: options.baseUrl, apiKey: options.apiKey, timeoutMs: options.timeoutMs ?? 10_000 };

  const call = async (endpoint: Endpoint, input: EndpointInput<Endpoint>): Promise<unknown> => {
    const request = buildRequest(endpoint, input, requestOptions);
    const response = await sendWithRetry({
      transport,
      request,
      retryable: endpoint.idempotent || request.headers['Idempotency-Key'] !== undefined,
      retry,
      sleep,
      random: options.random ?? Math.random,
      now: options.now ?? Date.now,
    });
    return parseResponse(endpoint, response);
  };

  const methods = Object.fromEntries(
    Object.entries(table).map(([name, endpoint]) => [
      name,
      (input: EndpointInput<Endpoint> = {}) => call(endpoint, input),
    ]),
  );
  return methods as unknown as ClientFor<T>;
};
