import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Problem } from '@helpdesk-verify/core-client/schemas';
import { endpoints, type Endpoint, type EndpointName } from '@helpdesk-verify/core-client/api';
import { MAX_BODY_BYTES } from '../../src/infrastructure/http/createHttpServer';
import type { HostileCase } from './hostileBatch';
import { endpointPath } from './orgResources';
import type { BodyEndpointName } from './validRequestBodies';
import type { HostileInputContext } from './hostileInputContext';

const WITH_BODY = (Object.keys(endpoints) as EndpointName[])
  .filter((name) => endpoints[name].body !== null)
  .map((name) => ({
    name: name as BodyEndpointName,
    ep: endpoints[name] as Endpoint,
    schema: endpoints[name].body as unknown as z.ZodObject,
  }));

/** Values of every JSON type (and a few awkward numbers); each field is sent the ones its schema refuses. */
const WRONG_TYPE_CANDIDATES: unknown[] = [
  42,
  -1.5,
  1e308,
  0,
  'text',
  '',
  true,
  false,
  {},
  [],
  [1, 'a'],
  null,
  { nested: { deeper: true } },
];

const codeIs = (code: string) => (p: Problem) =>
  p.type.endsWith(`:${code}`) ? null : `type ${p.type}, expected ${code}`;

const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/**
 * Malformed JSON, non-objects, wrong types per field, unknown and prototype keys, bodies over 10 MB,
 * wrong media types and deep nesting, on every endpoint that takes a body: 4xx problems, nothing changed.
 */
export function hostileInputBodyTests(ctx: HostileInputContext): void {
  const send = (
    name: BodyEndpointName,
    ep: Endpoint,
    body: string | Uint8Array<ArrayBuffer>,
    contentType: string | null = 'application/json',
  ) => ({
    method: ep.method,
    path: endpointPath(ep, ctx.own),
    headers: {
      authorization: `Bearer ${ctx.service.org.apiKey}`,
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    body,
  });

  it('has a valid body for every endpoint that takes one, accepted by the contract', () => {
    expect(WITH_BODY.length).toBeGreaterThanOrEqual(14);
    for (const { name, schema } of WITH_BODY) {
      expect(schema).toBeInstanceOf(z.ZodObject);
      expect({ name, result: schema.safeParse(ctx.valid[name]).success }).toEqual({ name, result: true });
    }
  });

  it('answers 400 to malformed JSON and 422 to JSON that is not an object (a JSON null was read as {} and cancelled a verification)', async () => {
    const malformed = [
      '{',
      '{"link_id":',
      "{'a': 1}",
      '{"a": 1}}',
      '{"a": 1,}',
      'nul',
      '[1,',
      '{"a": "\\x"}',
      '{"a": "unterminated}',
      '{"a": 01}',
      '{"a": NaN}',
      '\u0001',
      '',
    ];
    const notObjects = ['[]', '[{}]', '"a string"', '42', '-0', 'null', 'true', '1e400'];
    const cases = WITH_BODY.flatMap(({ name, ep }) => [
      ...malformed.map((text) => ({
        label: `${name}: malformed ${JSON.stringify(text)}`,
        ...send(name, ep, text),
        status: 400,
        check: codeIs('malformed-request'),
      })),
      ...notObjects.map((text) => ({
        label: `${name}: body is ${text}`,
        ...send(name, ep, text),
        status: 422,
        check: codeIs('validation-error'),
      })),
    ]);
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('answers 422 naming the field when any one field has a wrong type', async () => {
    const cases: HostileCase[] = [];
    for (const { name, ep, schema } of WITH_BODY) {
      for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
        const refused = WRONG_TYPE_CANDIDATES.filter((v) => !fieldSchema.safeParse(v).success);
        expect({ name, field, refused: refused.length > 3 }).toEqual({ name, field, refused: true });
        for (const value of refused) {
          const body = { ...ctx.valid[name], [field]: value };
          cases.push({
            label: `${name}: ${field} = ${JSON.stringify(value)}`,
            ...send(name, ep, JSON.stringify(body)),
            status: 422,
            check: (p) =>
              p.type.endsWith(':validation-error') && p.errors?.length && p.errors.every((e) => e.path[0] === field)
                ? null
                : `errors ${JSON.stringify(p.errors)} do not all name ${field}`,
          });
        }
      }
    }
    expect(cases.length).toBeGreaterThan(300);
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('answers 422 to unknown fields at the top (the schemas are strict) and 4xx to prototype keys', async () => {
    const cases: HostileCase[] = [];
    for (const { name, ep } of WITH_BODY) {
      cases.push({
        label: `${name}: unknown field`,
        ...send(name, ep, JSON.stringify({ ...ctx.valid[name], is_admin: true })),
        status: 422,
        check: (p) =>
          p.errors?.some((e) => e.message.includes('is_admin'))
            ? null
            : `errors ${JSON.stringify(p.errors)} do not name is_admin`,
      });
      const validText = JSON.stringify(ctx.valid[name]).slice(1);
      for (const poison of ['"__proto__": {"polluted": true}', '"constructor": {"prototype": {"polluted": true}}']) {
        cases.push({ label: `${name}: ${poison}`, ...send(name, ep, `{${poison}, ${validText}`), status: '4xx' });
      }
    }
    await ctx.expectRefusedWithoutChange(cases);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 413 to a body over 10 MB and 415 to a body that is not JSON or is compressed', async () => {
    const huge = Buffer.from(`{"name": "${'x'.repeat(MAX_BODY_BYTES)}"}`);
    const cases: HostileCase[] = [];
    for (const { name, ep } of WITH_BODY) {
      const json = JSON.stringify(ctx.valid[name]);
      cases.push({
        label: `${name}: body over 10 MB`,
        ...send(name, ep, huge),
        status: 413,
        check: codeIs('payload-too-large'),
      });
      const wrongTypes: Array<[string | null, string]> = [
        ['text/plain', json],
        ['text/plain; charset=utf-8', json],
        ['application/xml', '<verification><link_id>x</link_id></verification>'],
        ['text/xml', json],
        ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n`],
        ['application/x-www-form-urlencoded', 'name=x&scopes=admin'],
        ['application/json-patch+json', json],
        ['application/octet-stream', json],
        ['image/png', json],
        [null, json],
      ];
      if (!ep.extraBodyTypes?.includes('text/csv')) wrongTypes.push(['text/csv', 'email,display_name\na@b.example,A']);
      // Fastify would read a compressed body as plain text: any content coding is refused.
      for (const [encoding, body] of [
        ['gzip', new Uint8Array(gzipSync(json))],
        ['gzip', json],
        ['br', json],
        ['deflate, gzip', json],
      ] as const) {
        const request = send(name, ep, body);
        cases.push({
          label: `${name}: Content-Encoding ${encoding}`,
          ...request,
          headers: { ...request.headers, 'content-encoding': encoding },
          status: 415,
          check: codeIs('unsupported-media-type'),
        });
      }
      for (const [contentType, text] of wrongTypes) {
        const body = contentType === null ? new Uint8Array(Buffer.from(text)) : text;
        cases.push({
          label: `${name}: Content-Type ${contentType}`,
          ...send(name, ep, body, contentType),
          status: 415,
          check: codeIs('unsupported-media-type'),
        });
      }
    }
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('refuses deeply nested JSON without crashing', async () => {
    const cases: HostileCase[] = [];
    for (const { name, ep, schema } of WITH_BODY) {
      cases.push({
        label: `${name}: body of 10 000 nested arrays`,
        ...send(name, ep, nestedArrays(10_000)),
        status: 422,
      });
      cases.push({
        label: `${name}: body of 10 000 nested objects`,
        ...send(name, ep, nestedObjects(10_000)),
        status: 422,
      });
      for (const field of Object.keys(schema.shape)) {
        const validText = JSON.stringify({ ...ctx.valid[name], [field]: 0 });
        cases.push({
          label: `${name}: ${field} nested 10 000 deep`,
          ...send(name, ep, validText.replace(`"${field}":0`, `"${field}":${nestedArrays(10_000)}`)),
          status: 422,
        });
      }
    }
    const [first] = WITH_BODY;
    cases.push({
      label: 'a body of 1 000 000 nested arrays',
      ...send(first!.name, first!.ep, nestedArrays(1_000_000)),
      status: 422,
    });
    await ctx.expectRefusedWithoutChange(cases);
  });
}
