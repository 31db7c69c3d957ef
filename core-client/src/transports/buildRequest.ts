import type { z } from 'zod';
import type { Endpoint } from '../api/endpoint';
import type { EndpointInput } from '../api/EndpointInput';
import { RequestValidationError } from '../errors/RequestValidationError';
import type { HttpRequest } from './Transport';

/** Sent as `X-Client` on every request so the service can tell integrations and versions apart. */
export const CLIENT_ID = 'helpdesk-verify-core-client/0.1.0';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Where and as whom requests go. */
export interface RequestOptions {
  /** Service origin, optionally with a path prefix, e.g. `https://verify.example.com`. */
  baseUrl: string;
  /** The Bearer API key; `null` sends no Authorization header (the transport authenticates). */
  apiKey: string | null;
  timeoutMs: number;
}

interface LooseInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  idempotencyKey?: string;
}

/**
 * Builds the HTTP request of one endpoint call, without sending it. Pure and synchronous, so a
 * synchronous host (ServiceNow's RESTMessageV2) can use it as well as the async client.
 * Validates params, query and body against the endpoint's schemas and throws a
 * {@link RequestValidationError} before anything is sent; throws `TypeError` on API misuse.
 */
export const buildRequest = <E extends Endpoint>(
  endpoint: E,
  input: EndpointInput<E>,
  options: RequestOptions,
): HttpRequest => {
  const { params = {}, query = {}, body, idempotencyKey } = input as LooseInput;
  validate(endpoint.params, params, 'params');
  validate(endpoint.query, query, 'query');
  const headers: Record<string, string> = {
    ...(options.apiKey === null ? {} : { Authorization: `Bearer ${options.apiKey}` }),
    Accept: 'application/json',
    'X-Client': CLIENT_ID,
  };
  const request: HttpRequest = {
    method: endpoint.method,
    url: options.baseUrl.replace(/\/+$/, '') + substitutePath(endpoint.path, params) + serialiseQuery(query),
    headers,
    timeoutMs: options.timeoutMs,
  };
  if (endpoint.body) {
    const value = body === undefined ? {} : body;
    validate(endpoint.body, value, 'body');
    headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(value);
  } else if (body !== undefined) {
    throw new TypeError(`${endpoint.method} ${endpoint.path} takes no body`);
  }
  if (idempotencyKey !== undefined) {
    if (!endpoint.idempotencyKey)
      throw new TypeError(`${endpoint.method} ${endpoint.path} does not accept an Idempotency-Key`);
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new TypeError(
        `idempotencyKey must be 1 to 255 visible ASCII characters, got ${JSON.stringify(idempotencyKey)}`,
      );
    }
    headers['Idempotency-Key'] = idempotencyKey;
  }
  return request;
};

const validate = (schema: z.ZodType, value: unknown, part: 'params' | 'query' | 'body'): void => {
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestValidationError({ part, issues: result.error.issues });
};

const substitutePath = (path: string, params: Record<string, unknown>): string =>
  path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });

const serialiseQuery = (query: Record<string, unknown>): string => {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
    }
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
};
