import { z } from 'zod';
import type { Endpoint } from '../api/endpoint';
import { endpoints } from '../api/endpoints';
import { Problem } from '../schemas/problem';
import { EventType, TrustCheckEvent } from '../schemas/webhooks';
import { toJsonSchema, type JsonObject } from './internal/toJsonSchema';

/** An OpenAPI 3.1 document, as plain JSON. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers?: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, JsonObject>>;
  webhooks: Record<string, { post: JsonObject }>;
  components: { schemas: Record<string, JsonObject>; securitySchemes: Record<string, JsonObject> };
}

const PROBLEM_STATUSES: Record<number, string> = {
  400: 'Malformed request',
  401: 'Missing or unknown API key',
  403: 'The API key lacks the scope',
  404: 'Not found',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'Validation failed',
  429: 'Rate limited (see Retry-After)',
  500: 'Internal error',
  503: 'Temporarily unavailable (see Retry-After)',
};

const problemRef = { $ref: '#/components/schemas/Problem' };
const trustCheckEventRef = { $ref: '#/components/schemas/TrustCheckEvent' };

/**
 * The OpenAPI 3.1 document of the `/v1` API, generated from the endpoint table and its zod schemas
 * (request bodies and parameters as input, responses as output), with the `trust_check.*` webhooks.
 */
export const buildOpenApiDocument = (
  options: { title?: string; version?: string; serverUrl?: string } = {},
): OpenApiDocument => {
  const schemas: Record<string, JsonObject> = {};
  schemas.Problem = toJsonSchema(Problem, 'output', schemas);
  schemas.TrustCheckEvent = toJsonSchema(TrustCheckEvent, 'output', schemas);
  const paths: OpenApiDocument['paths'] = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(name, endpoint, schemas);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'Helpdesk Verify API',
      version: options.version ?? '0.1.0',
      description:
        'Verify an employee before a help-desk agent resets a password or MFA factor. Errors are RFC 9457 problem details.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [...new Set(Object.values(endpoints).map((endpoint) => endpoint.tag))].map((tag) => ({ name: tag })),
    paths,
    webhooks: Object.fromEntries(EventType.options.map((type) => [type, { post: webhookOperation(type) }])),
    components: {
      schemas,
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API key of the organisation, scoped to `verifications:read`, `verifications:write` and/or `admin`.',
        },
      },
    },
  };
};

const operation = (name: string, endpoint: Endpoint, schemas: Record<string, JsonObject>): JsonObject => {
  const pathNames = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const parameters = [
    ...pathNames.map((param) => parameter(param, 'path', shapeOf(endpoint.params)[param], schemas)),
    ...Object.entries(shapeOf(endpoint.query)).map(([param, schema]) => parameter(param, 'query', schema, schemas)),
    ...(endpoint.idempotencyKey
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description: 'Repeating a request with the same key returns the first result instead of acting twice.',
            schema: { type: 'string', minLength: 1, maxLength: 255 },
          },
        ]
      : []),
  ];
  const statuses = [400, 401, 403, 422, 429, 500, 503];
  if (pathNames.length > 0) statuses.push(404);
  if (endpoint.method !== 'GET') statuses.push(409);
  if (endpoint.body) statuses.push(413, 415);
  return {
    operationId: name,
    summary: endpoint.summary,
    description: `${endpoint.summary}. Requires the \`${endpoint.scope}\` scope.`,
    tags: [endpoint.tag],
    security: [{ apiKey: [endpoint.scope] }],
    'x-required-scope': endpoint.scope,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: toJsonSchema(endpoint.body, 'input', schemas) },
              ...Object.fromEntries(
                (endpoint.extraBodyTypes ?? []).map((type) => [type, { schema: { type: 'string' } }]),
              ),
            },
          },
        }
      : {}),
    responses: {
      [String(endpoint.status)]: {
        description: endpoint.summary,
        content: { 'application/json': { schema: toJsonSchema(endpoint.response, 'output', schemas) } },
      },
      ...Object.fromEntries(
        statuses
          .sort((a, b) => a - b)
          .map((status) => [
            String(status),
            { description: PROBLEM_STATUSES[status], content: { 'application/problem+json': { schema: problemRef } } },
          ]),
      ),
    },
  };
};

const parameter = (
  name: string,
  location: 'path' | 'query',
  schema: z.ZodType | undefined,
  schemas: Record<string, JsonObject>,
): JsonObject => {
  const json = schema ? toJsonSchema(schema, 'input', schemas) : { type: 'string' };
  const { description, ...rest } = json;
  return {
    name,
    in: location,
    required: location === 'path' || (schema !== undefined && !schema.safeParse(undefined).success),
    ...(typeof description === 'string' ? { description } : {}),
    schema: rest,
  };
};

const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> =>
  schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};

const webhookHeader = (name: string, description: string, schema: JsonObject): JsonObject => ({
  name,
  in: 'header',
  required: true,
  description,
  schema,
});

const webhookOperation = (type: EventType): JsonObject => ({
  operationId: `webhook_${type.replace('.', '_')}`,
  summary: `The ${type} event`,
  description:
    'Signed per Standard Webhooks: `webhook-signature` holds space-separated `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}` with the endpoint secret (`whsec_…`, base64 after the prefix). Reject timestamps more than 5 minutes away and ignore a `webhook-id` already seen. Any 2xx acknowledges; anything else (including 3xx) is retried; 410 disables the endpoint.',
  security: [],
  parameters: [
    webhookHeader('webhook-id', 'Message id; the same on every retry of this event', { type: 'string' }),
    webhookHeader('webhook-timestamp', 'Unix seconds of this attempt', { type: 'string', pattern: '^[0-9]+$' }),
    webhookHeader('webhook-signature', 'Space-separated `v1,<base64>` signatures (several during a secret rotation)', {
      type: 'string',
    }),
  ],
  requestBody: { required: true, content: { 'application/json': { schema: trustCheckEventRef } } },
  responses: {
    '200': { description: 'Received (any 2xx)' },
    '410': { description: 'Gone: the endpoint is disabled and no longer called' },
  },
});
