import type { HttpMethod } from '../api/endpoint';

/** One HTTP request, fully built: a transport only has to send it. */
export interface HttpRequest {
  method: HttpMethod;
  /** Absolute URL, query included. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The transport gives up (with a `TimeoutError`) after this long. */
  timeoutMs: number;
}

/** One HTTP response, whatever its status. */
export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends a request and resolves with the response, whatever its status. Rejects only when no
 * response arrived: with a `TimeoutError`, a `NetworkError`, or anything else (the client turns
 * that into a `NetworkError`). Implementations: `fetchTransport` (global fetch, node-fetch,
 * `@forge/api` fetch); the ZAF and ServiceNow apps bring their own over `buildRequest`/`parseResponse`.
 */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;
