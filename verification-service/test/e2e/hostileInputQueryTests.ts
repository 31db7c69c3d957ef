import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { z } from 'zod';
import type { Problem } from '@helpdesk-verify/core-client/schemas';
import { endpoints, type Endpoint, type EndpointName } from '@helpdesk-verify/core-client/api';
import type { HostileCase } from './hostileBatch';
import { endpointPath, hasPathParams } from './orgResources';
import type { HostileInputContext } from './hostileInputContext';

const ALL = (Object.keys(endpoints) as EndpointName[]).map((name) => ({ name, ep: endpoints[name] as Endpoint }));
const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
const LISTS = ALL.filter(({ ep }) => 'limit' in shapeOf(ep.query));

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const AT = '2026-01-01T00:00:00.000Z';

/** Cursors this API never issued: each must be refused with 422, never reach SQL. */
const FORGED_CURSORS: Record<string, string> = {
  'random bytes': randomBytes(48).toString('base64url'),
  'padded standard base64': randomBytes(20).toString('base64'),
  'not base64 at all': '!!!***',
  'an object': b64(JSON.stringify({ created_at: AT, id: 'ver_x' })),
  'two numbers': b64('[1,2]'),
  'one element': b64(JSON.stringify([AT])),
  'three elements': b64(JSON.stringify([AT, 'ver_x', 'x'])),
  'not a date': b64('["yesterday","ver_x"]'),
  'a date 271821 BC': b64('["-271821-04-20T00:00:00.000Z","ver_0000000000"]'),
  'a date in 275760': b64('["+275760-09-13T00:00:00.000Z","ver_0000000000"]'),
  'a NUL in the id': b64(JSON.stringify([AT, 'ver_\u0000'])),
  'an unpaired surrogate in the id': b64(JSON.stringify([AT, 'ver_\ud800'])),
  'SQL in the id': b64(JSON.stringify([AT, "x') OR 1=1 --"])),
  'JSON null': b64('null'),
  'a JSON string': b64('"x"'),
  'over 200 characters': 'A'.repeat(201),
  'a NUL character': '\u0000',
};

/** Values for any query field; each is expected to be refused when the contract refuses it. */
const QUERY_VALUES = [
  'bogus',
  '',
  '-1',
  '1e400',
  'x'.repeat(3000),
  '%',
  "' OR 1=1 --",
  '\u202eevil',
  '2026-13-45T00:00:00Z',
  '\ud83d\ude00',
];

const query = (pairs: Array<[string, string]>) => `?${new URLSearchParams(pairs).toString()}`;
const isValidation = (p: Problem) => (p.type.endsWith(':validation-error') ? null : `type ${p.type}`);

/**
 * Invalid limits, forged cursors, query fields the contract refuses, hostile path ids and requests Node
 * itself cannot parse: every answer a 4xx problem, nothing changed.
 */
export function hostileInputQueryTests(ctx: HostileInputContext): void {
  const request = (ep: Endpoint, path: string) => ({
    method: ep.method,
    path,
    headers: {
      authorization: `Bearer ${ctx.service.org.apiKey}`,
      ...(ep.body ? { 'content-type': 'application/json' } : {}),
    },
    ...(ep.body ? { body: '{}' } : {}),
  });

  it('answers 422 to an invalid limit on every list endpoint', async () => {
    expect(LISTS.length).toBeGreaterThanOrEqual(7);
    const limits: Array<Array<[string, string]>> = [
      ['0'],
      ['101'],
      ['-1'],
      ['abc'],
      ['1.5'],
      [''],
      ['Infinity'],
      ['99999999999999999999999'],
      ['\u0000'],
      ['1', '2'],
    ].map((values) => values.map((v) => ['limit', v] as [string, string]));
    const cases = LISTS.flatMap(({ name, ep }) =>
      limits.map((pairs) => ({
        label: `${name}: limit=${pairs.map(([, v]) => JSON.stringify(v)).join('&')}`,
        ...request(ep, endpointPath(ep, ctx.own) + query(pairs)),
        status: 422,
        check: (p: Problem) =>
          isValidation(p) ??
          (p.errors?.some((e) => e.path[0] === 'query' && e.path[1] === 'limit')
            ? null
            : `errors ${JSON.stringify(p.errors)}`),
      })),
    );
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('answers 422 to a forged cursor on every list endpoint (a NUL in its id or a date PostgreSQL cannot hold was a 500)', async () => {
    const cases = LISTS.flatMap(({ name, ep }) =>
      Object.entries(FORGED_CURSORS).map(([what, cursor]) => ({
        label: `${name}: cursor is ${what}`,
        ...request(ep, endpointPath(ep, ctx.own) + query([['cursor', cursor]])),
        status: 422,
        check: (p: Problem) =>
          isValidation(p) ??
          (p.errors?.some((e) => e.path.includes('cursor')) ? null : `errors ${JSON.stringify(p.errors)}`),
      })),
    );
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('refuses every query field the contract refuses, and unknown parameters where the query is closed', async () => {
    const cases: HostileCase[] = [];
    const expectFor = (name: string, ep: Endpoint, field: string, value: string): HostileCase => ({
      label: `${name}: ${field}=${JSON.stringify(value.slice(0, 20))}`,
      ...request(ep, endpointPath(ep, ctx.own) + query([[field, value]])),
      // NUL is refused by the server whatever the contract says; otherwise the contract decides.
      status: value.includes('\u0000') || !ep.query.safeParse({ [field]: value }).success ? 422 : 'not 5xx',
      check: (p) =>
        isValidation(p) ?? (p.errors?.some((e) => e.path[0] === 'query') ? null : `errors ${JSON.stringify(p.errors)}`),
    });
    for (const { name, ep } of ALL) {
      cases.push(expectFor(name, ep, 'unexpected', '1'), expectFor(name, ep, 'unexpected', 'a\u0000'));
    }
    for (const { name, ep } of LISTS) {
      const fields = Object.keys(shapeOf(ep.query)).filter((f) => f !== 'limit' && f !== 'cursor');
      for (const field of [...fields, '__proto__', 'constructor']) {
        for (const value of [...QUERY_VALUES, 'a\u0000']) cases.push(expectFor(name, ep, field, value));
      }
    }
    expect(cases.length).toBeGreaterThan(300);
    await ctx.expectRefusedWithoutChange(cases);
  });

  it("answers 422 or 404 to hostile path ids on every endpoint that has one (ids over 100 characters and bad escapes got Fastify's JSON, not a problem)", async () => {
    const ids: Array<[string, string, number | '4xx']> = [
      ['a NUL character', '%00', 422],
      ['65 characters', 'x'.repeat(65), 422],
      ['5000 characters', 'x'.repeat(5000), 422],
      ['a right-to-left override', '%E2%80%AE', 404],
      ['an emoji', 'ver_%F0%9F%98%80', 404],
      ['SQL', "'%20OR%201%3D1--", 404],
      ['a LIKE pattern', '%25', 404],
      ['an encoded slash', '..%2F..%2Fapi-keys', 404],
      ['an encoded surrogate (not UTF-8)', '%ED%A0%80', '4xx'],
      ['a broken escape', '%FF', '4xx'],
      ['a lone percent sign', '%', '4xx'],
    ];
    const cases: HostileCase[] = [];
    for (const { name, ep } of ALL.filter(({ ep }) => hasPathParams(ep))) {
      for (const [what, id, status] of ids) {
        cases.push({
          label: `${name}: id is ${what}`,
          ...request(ep, endpointPath(ep, ctx.own, { id, raw: true })),
          status,
        });
        if (ep.path.includes('{delivery_id}')) {
          cases.push({
            label: `${name}: delivery id is ${what}`,
            ...request(ep, endpointPath(ep, ctx.own, { delivery_id: id, raw: true })),
            status,
          });
        }
      }
    }
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('answers problem+json to requests Node itself refuses: a head over 16 KB, broken HTTP', async () => {
    const getVerification = endpoints.getVerification as Endpoint;
    const cases: HostileCase[] = [
      {
        label: 'a 20 KB path id',
        ...request(getVerification, endpointPath(getVerification, ctx.own, { id: 'x'.repeat(20_000) })),
        status: 400,
      },
      {
        label: 'a 20 KB query',
        ...request(getVerification, `/v1/verifications?ticket_id=${'x'.repeat(20_000)}`),
        status: 400,
      },
      {
        label: 'a 20 KB header',
        method: 'GET',
        path: '/v1/organization',
        headers: { authorization: `Bearer ${ctx.service.org.apiKey}`, 'x-junk': 'x'.repeat(20_000) },
        status: 400,
      },
      {
        label: 'a 20 KB Authorization header',
        method: 'GET',
        path: '/v1/organization',
        headers: { authorization: `Bearer ${'x'.repeat(20_000)}` },
        status: 400,
      },
    ];
    await ctx.expectRefusedWithoutChange(cases);

    const raw = async (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(ctx.service.baseUrl).port), '127.0.0.1');
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
        socket.on('error', reject);
        socket.on('close', () => resolve(answer));
        socket.end(text);
      });
    for (const text of [
      'GET /v1/organization HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      'GET /v1/organization HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
      'POST /v1/links HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      'NOT-A-METHOD\u0000 / HTTP/1.1\r\n\r\n',
    ]) {
      const answer = await raw(text);
      expect({ text, head: answer.split('\r\n')[0] }).toEqual({ text, head: 'HTTP/1.1 400 Bad Request' });
      expect(answer).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
        type: 'urn:helpdesk-verify:problem:malformed-request',
        status: 400,
      });
    }
  });
}
