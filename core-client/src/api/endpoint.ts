import { z } from 'zod';
import type { ApiKeyScope } from '../schemas/admin';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * One operation of the `/v1` API. The service registers its handlers by these,
 * the client builds its requests from them and the OpenAPI document is generated from them.
 */
export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  readonly method: HttpMethod;
  /** Path with `{name}` placeholders, e.g. `/v1/verifications/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly scope: ApiKeyScope;
  readonly params: P;
  readonly query: Q;
  readonly body: B | null;
  /** Body media types accepted besides JSON (e.g. `text/csv`). */
  readonly extraBodyTypes?: readonly string[];
  readonly response: R;
  readonly status: 200 | 201 | 202;
  /** Safe to retry on network errors without an Idempotency-Key. */
  readonly idempotent: boolean;
  /** Accepts an `Idempotency-Key` header. */
  readonly idempotencyKey?: boolean;
}

export const NoParams = z.object({}).strict();
export const NoQuery = z.object({}).strict();
export const IdParams = z.object({ id: z.string().min(1).max(64) });

/** Builds an endpoint with the defaults filled in, keeping the schema types. */
export const endpoint = <
  P extends z.ZodType = typeof NoParams,
  Q extends z.ZodType = typeof NoQuery,
  B extends z.ZodType = z.ZodNever,
  R extends z.ZodType = z.ZodType,
>(def: {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  scope: ApiKeyScope;
  params?: P;
  query?: Q;
  body?: B;
  extraBodyTypes?: readonly string[];
  response: R;
  status?: 200 | 201 | 202;
  idempotencyKey?: boolean;
}): Endpoint<P, Q, B, R> => ({
  method: def.method,
  path: def.path,
  summary: def.summary,
  tag: def.tag,
  scope: def.scope,
  params: (def.params ?? NoParams) as P,
  query: (def.query ?? NoQuery) as Q,
  body: def.body ?? null,
  ...(def.extraBodyTypes ? { extraBodyTypes: def.extraBodyTypes } : {}),
  response: def.response,
  status: def.status ?? 200,
  idempotent: def.method === 'GET' || def.method === 'PUT' || def.method === 'DELETE',
  ...(def.idempotencyKey ? { idempotencyKey: true } : {}),
});
