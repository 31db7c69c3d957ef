import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiKeyScope } from '@helpdesk-verify/core-client/schemas';
import { endpoints, type Endpoint, type EndpointName } from '@helpdesk-verify/core-client/api';
import type { Caller, Handler, Handlers } from '../../infrastructure/http/handler';
import { ProblemError } from '../../kernel/ProblemError';
import { hasScope } from '../../infrastructure/http/hasScope';
import { zodIssuesToFieldErrors } from '../../infrastructure/http/zodIssuesToFieldErrors';
import { unstorable, unstorableTextErrors } from '../../infrastructure/http/unstorableText';

export type Authenticate = (presentedKey: string) => Promise<Caller | null>;

/** How callers are resolved; shared by the endpoint table and the routes beside it (the audit CSV export). */
export interface ApiAuthOptions {
  authenticate: Authenticate;
  /** The console session cookie (no Authorization header): the user, or null; 403 when an unsafe call lacks the CSRF token. */
  authenticateCookie?: (request: FastifyRequest) => Promise<Caller | null>;
}

/** A successful call of an unsafe (non-GET) endpoint, after its response was checked (the audit log records it). */
export interface ApiCallRecord {
  name: EndpointName;
  caller: Caller;
  params: unknown;
  body: unknown;
  response: unknown;
  requestId: string;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** `/v1/verifications/{id}` → `/v1/verifications/:id` */
const toFastifyPath = (path: string) => path.replace(/\{([a-z_]+)\}/g, ':$1');

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const prefix = where === 'body' ? [] : [where];
  const textErrors = unstorableTextErrors(value, prefix);
  if (textErrors.length > 0)
    throw new ProblemError('validation_error', `The ${where} contains text that cannot be stored`, {
      errors: textErrors,
    });
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ProblemError('validation_error', `The ${where} is not valid`, {
    errors: zodIssuesToFieldErrors(result.error.issues, prefix),
  });
}

/**
 * The caller: a Bearer API key when the request has an Authorization header (it wins over a cookie),
 * else the console session cookie, else 401.
 */
async function callerOf(request: FastifyRequest, options: ApiAuthOptions): Promise<Caller> {
  const header = request.headers.authorization;
  if (header === undefined && options.authenticateCookie) {
    const user = await options.authenticateCookie(request);
    if (user) return user;
  }
  const match = typeof header === 'string' ? /^Bearer ([\x21-\x7e]{1,200})$/.exec(header) : null;
  if (!match?.[1]) {
    throw new ProblemError(
      'unauthorized',
      'Send an API key as "Authorization: Bearer <key>" (or sign in to the console)',
      {
        headers: { 'www-authenticate': 'Bearer' },
      },
    );
  }
  const caller = await options.authenticate(match[1]);
  if (!caller) {
    throw new ProblemError('unauthorized', 'The API key is unknown or revoked', {
      headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
    });
  }
  return caller;
}

/** Why a caller is refused an endpoint's scope, worded for a key or a console role. */
export const lacksScope = (caller: Caller, scope: ApiKeyScope): ProblemError =>
  new ProblemError(
    'forbidden',
    caller.actor.type === 'user'
      ? `The ${caller.actor.role} role cannot do this (it needs the "${scope}" scope)`
      : `This API key lacks the "${scope}" scope`,
  );

/** The Idempotency-Key header, checked before anything else is parsed; only endpoints that take one accept it. */
function idempotencyKeyOf(request: FastifyRequest, ep: Endpoint): string | undefined {
  const rawKey = request.headers['idempotency-key'];
  if (rawKey === undefined) return undefined;
  if (!ep.idempotencyKey) {
    throw new ProblemError('validation_error', 'This endpoint does not take an Idempotency-Key', {
      errors: [{ path: ['headers', 'idempotency-key'], message: 'not accepted here' }],
    });
  }
  if (typeof rawKey !== 'string' || !IDEMPOTENCY_KEY.test(rawKey)) {
    throw new ProblemError('validation_error', 'Idempotency-Key must be 1 to 255 printable ASCII characters', {
      errors: [{ path: ['headers', 'idempotency-key'], message: 'invalid' }],
    });
  }
  return rawKey;
}

/**
 * Authenticates a request and checks `scope` exactly as the endpoint table does, for a route that
 * cannot be in the JSON-only table (e.g. a CSV export). Safe (GET) routes only.
 */
export async function authorizeApiRequest(
  request: FastifyRequest,
  options: ApiAuthOptions,
  scope: ApiKeyScope,
): Promise<Caller> {
  const caller = await callerOf(request, options);
  if (!hasScope(caller.scopes, scope)) throw lacksScope(caller, scope);
  return caller;
}

/**
 * Registers every endpoint of the contract that has a handler: authentication, scope check, the
 * Idempotency-Key header, validation of params, query and body (text PostgreSQL cannot store is
 * refused first, naming the field), then the handler, then validation of its answer.
 */
export function registerApiRoutes(
  app: FastifyInstance,
  options: ApiAuthOptions & { handlers: Handlers; onUnsafeSuccess?: (call: ApiCallRecord) => Promise<void> },
): void {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const handler = options.handlers[name] as Handler<EndpointName> | undefined;
    if (!handler) continue;
    const ep = endpoints[name] as Endpoint;
    app.route({
      method: ep.method,
      url: toFastifyPath(ep.path),
      handler: async (request, reply) => {
        const caller = await callerOf(request, options);
        if (!hasScope(caller.scopes, ep.scope)) {
          throw lacksScope(caller, ep.scope);
        }
        const idempotencyKey = idempotencyKeyOf(request, ep);
        const params = parseOrThrow(ep.params, request.params, 'params');
        const query = parseOrThrow(ep.query, request.query, 'query');
        let body: unknown;
        let rawBody: { contentType: string; text: string } | undefined;
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (ep.body) {
          if (typeof request.body === 'string' && ep.extraBodyTypes?.includes(contentType)) {
            const why = unstorable(request.body);
            if (why)
              throw new ProblemError(
                'validation_error',
                `The ${contentType} body contains text that cannot be stored`,
                { errors: [{ path: [], message: why }] },
              );
            rawBody = { contentType, text: request.body };
          } else if (contentType !== 'application/json' && request.body !== undefined) {
            throw new ProblemError(
              'unsupported_media_type',
              `Send the body as application/json${ep.extraBodyTypes ? ` or ${ep.extraBodyTypes.join(', ')}` : ''}`,
            );
          } else {
            // No body at all means {}; a JSON `null` is a body, and not an object.
            body = parseOrThrow(ep.body, request.body === undefined ? {} : request.body, 'body');
          }
        }
        const result = await handler({
          params: params as never,
          query: query as never,
          body: body as never,
          ...(rawBody ? { rawBody } : {}),
          caller,
          idempotencyKey,
          requestId: request.id,
        });
        const checked = ep.response.safeParse(result);
        if (!checked.success) {
          request.log.error({ endpoint: name, issues: checked.error.issues }, 'handler answered outside the contract');
          throw new Error(`response of ${name} does not match its schema`);
        }
        if (ep.method !== 'GET' && options.onUnsafeSuccess) {
          // The change has committed; a failure to record it is logged, not turned into a failed answer.
          await options
            .onUnsafeSuccess({ name, caller, params, body, response: checked.data, requestId: request.id })
            .catch((error: unknown) => {
              request.log.error({ endpoint: name, err: error }, 'could not record the call in the audit log');
            });
        }
        return reply.code(ep.status).header('cache-control', 'no-store').send(checked.data);
      },
    });
  }
}
