import Ajv2020 from 'ajv/dist/2020';
import { z } from 'zod';
import { endpoints } from '../api/endpoints';
import { buildOpenApiDocument } from './buildOpenApiDocument';
import { toJsonSchema, type JsonObject } from './internal/toJsonSchema';

const collect = (value: unknown, key: string, found: unknown[] = []): unknown[] => {
  if (Array.isArray(value)) value.forEach((item) => collect(item, key, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [name, inner] of Object.entries(value)) {
      if (name === key) found.push(inner);
      collect(inner, key, found);
    }
  }
  return found;
};

const resolvePointer = (document: unknown, ref: string): unknown =>
  ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node !== null ? (node as JsonObject)[part] : undefined),
      document,
    );

describe('buildOpenApiDocument', () => {
  const document = buildOpenApiDocument({ serverUrl: 'https://verify.example.com' });

  it('is OpenAPI 3.1.0 with the given info and server', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Helpdesk Verify API');
    expect(document.servers).toEqual([{ url: 'https://verify.example.com' }]);
    expect(buildOpenApiDocument({ title: 'T', version: '9' }).info).toMatchObject({ title: 'T', version: '9' });
    expect(buildOpenApiDocument().servers).toBeUndefined();
  });

  it('has every endpoint under its path and method, with its scope', () => {
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const operation = document.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation).toMatchObject({
        operationId: name,
        tags: [endpoint.tag],
        security: [{ apiKey: [endpoint.scope] }],
        'x-required-scope': endpoint.scope,
      });
      expect(operation?.description).toContain(`\`${endpoint.scope}\``);
      expect(Object.keys(operation?.responses as JsonObject)).toContain(String(endpoint.status));
    }
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(Object.keys(endpoints).length);
  });

  it('declares path and query parameters', () => {
    const redeliver = document.paths['/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/redeliver']!.post!;
    expect((redeliver.parameters as JsonObject[]).map((p) => [p.name, p.in, p.required])).toEqual([
      ['id', 'path', true],
      ['delivery_id', 'path', true],
    ]);
    const list = document.paths['/v1/verifications']!.get!;
    const parameters = list.parameters as JsonObject[];
    expect(parameters.map((p) => p.name)).toEqual(Object.keys(endpoints.listVerifications.query.shape));
    expect(parameters.find((p) => p.name === 'limit')).toEqual({
      name: 'limit',
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
    });
    expect(parameters.every((p) => p.in === 'query' && p.required === false)).toBe(true);
  });

  it('documents Idempotency-Key where the endpoint takes one', () => {
    const headerNames = (operation: JsonObject | undefined) =>
      ((operation?.parameters as JsonObject[] | undefined) ?? []).filter((p) => p.in === 'header').map((p) => p.name);
    expect(headerNames(document.paths['/v1/verifications']!.post)).toEqual(['Idempotency-Key']);
    expect(headerNames(document.paths['/v1/links']!.post)).toEqual([]);
  });

  it('describes request bodies as input and responses as output', () => {
    const create = document.paths['/v1/verifications']!.post!;
    const body = (create.requestBody as { content: Record<string, { schema: JsonObject }> }).content[
      'application/json'
    ]!.schema;
    expect(body.required).toEqual(['link_id', 'employee', 'ticket', 'agent']);
    const response = (create.responses as Record<string, { content: Record<string, { schema: JsonObject }> }>)['201']!
      .content['application/json']!.schema;
    expect(response.required).toContain('match_code');
    const importBody = document.paths['/v1/employees/import']!.post!.requestBody as { content: JsonObject };
    expect(Object.keys(importBody.content)).toEqual(['application/json', 'text/csv']);
  });

  it('answers errors with problem+json referencing the Problem schema', () => {
    const get = document.paths['/v1/verifications/{id}']!.get!.responses as Record<
      string,
      { content?: Record<string, unknown> }
    >;
    expect(Object.keys(get)).toEqual(['200', '400', '401', '403', '404', '422', '429', '500', '503']);
    expect(get['404']!.content).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
    });
    const create = document.paths['/v1/verifications']!.post!.responses as JsonObject;
    expect(Object.keys(create)).toEqual(expect.arrayContaining(['409', '413', '415']));
    expect(document.components.schemas.Problem?.required).toEqual(['type', 'title', 'status', 'detail']);
  });

  it('documents the trust_check webhooks with their signature headers', () => {
    expect(Object.keys(document.webhooks)).toEqual([
      'trust_check.completed',
      'trust_check.failed',
      'trust_check.expired',
      'trust_check.alert',
      'trust_check.cancelled',
    ]);
    const completed = document.webhooks['trust_check.completed']!.post;
    expect((completed.parameters as JsonObject[]).map((p) => [p.name, p.in, p.required])).toEqual([
      ['webhook-id', 'header', true],
      ['webhook-timestamp', 'header', true],
      ['webhook-signature', 'header', true],
    ]);
    expect(collect(completed.requestBody, '$ref')).toEqual(['#/components/schemas/TrustCheckEvent']);
    expect(document.components.schemas.TrustCheckEvent?.required).toContain('event_type');
  });

  it('has no $ref pointing nowhere', () => {
    const refs = collect(document, '$ref');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(typeof ref === 'string' && ref.startsWith('#/')).toBe(true);
      expect([ref, resolvePointer(document, ref as string) !== undefined]).toEqual([ref, true]);
    }
    expect(collect(document, '$defs')).toEqual([]);
    expect(collect(document, '$schema')).toEqual([]);
  });

  it('is JSON-serialisable without loss', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('holds only schemas a JSON Schema 2020-12 validator compiles', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ components: document.components }, 'doc');
    for (const schema of collect(document.paths, 'schema')) {
      expect(() =>
        ajv.compile({
          $id: `s${Math.random()}`,
          ...(JSON.parse(JSON.stringify(schema).replace(/"#\/components/g, '"doc#/components')) as JsonObject),
        }),
      ).not.toThrow();
    }
  });
});

describe('toJsonSchema', () => {
  it('moves $defs of recursive schemas into components and rewrites their refs', () => {
    const Node: z.ZodType = z.object({
      name: z.string(),
      get children() {
        return z.array(Node);
      },
    });
    const components: Record<string, JsonObject> = { __schema0: {} };
    const schema = toJsonSchema(z.object({ root: Node }), 'output', components);
    const refs = collect(schema, '$ref') as string[];
    expect(refs.length).toBeGreaterThan(0);
    const document = { components: { schemas: components }, schema };
    for (const ref of [...refs, ...(collect(components, '$ref') as string[])]) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(resolvePointer(document, ref)).toBeDefined();
    }
    expect(schema.$defs).toBeUndefined();
  });
});
