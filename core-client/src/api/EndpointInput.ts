import type { z } from 'zod';
import type { Endpoint } from './endpoint';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** True for `{}` and for what a strict empty object parses from (`Record<string, never>`). */
type IsEmpty<T> = [keyof T] extends [never]
  ? true
  : string extends keyof T
    ? [T[string]] extends [never]
      ? true
      : false
    : false;

type ParamsInput<E extends Endpoint> =
  IsEmpty<z.input<E['params']>> extends true ? { params?: undefined } : { params: z.input<E['params']> };

type QueryInput<E extends Endpoint> =
  IsEmpty<z.input<E['query']>> extends true
    ? { query?: undefined }
    : {} extends z.input<E['query']>
      ? { query?: z.input<E['query']> }
      : { query: z.input<E['query']> };

type BodySchema<E extends Endpoint> = NonNullable<E['body']>;

type BodyInput<E extends Endpoint> = [BodySchema<E>] extends [z.ZodNever]
  ? { body?: undefined }
  : {} extends z.input<BodySchema<E>>
    ? { body?: z.input<BodySchema<E>> }
    : { body: z.input<BodySchema<E>> };

/**
 * What a call of endpoint `E` takes, derived from its schemas: `params` for the `{name}` placeholders,
 * `query`, `body`, each only where the endpoint has them and optional where every field is; plus
 * `idempotencyKey` (sent as `Idempotency-Key`; only endpoints that accept one, e.g. `createVerification`).
 */
export type EndpointInput<E extends Endpoint> = Simplify<
  ParamsInput<E> & QueryInput<E> & BodyInput<E> & { idempotencyKey?: string }
>;

/** What a call of endpoint `E` resolves to: the parsed response. */
export type EndpointOutput<E extends Endpoint> = z.output<E['response']>;
