import type { z } from 'zod';
import type { Problem } from '@helpdesk-verify/core-client/schemas';
import { endpoints, type Endpoint, type EndpointName } from '@helpdesk-verify/core-client/api';
import { runHostileBatch, type HostileCase } from './hostileBatch';
import { endpointPath } from './orgResources';
import type { BodyEndpointName } from './validRequestBodies';
import type { HostileInputContext } from './hostileInputContext';

type JsonPath = (string | number)[];

const WITH_BODY = (Object.keys(endpoints) as EndpointName[])
  .filter((name) => endpoints[name].body !== null)
  .map((name) => ({
    name: name as BodyEndpointName,
    ep: endpoints[name] as Endpoint,
    schema: endpoints[name].body as unknown as z.ZodType,
  }));

/** Paths of every string in a JSON value. */
function stringPaths(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

/** Paths of every object below the top, with their keys. */
function nestedObjects(value: unknown, path: JsonPath = []): Array<{ path: JsonPath; keys: string[] }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => nestedObjects(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const below = Object.entries(value).flatMap(([k, v]) => nestedObjects(v, [...path, k]));
  return path.length > 0 ? [{ path, keys: Object.keys(value) }, ...below] : below;
}

/** A copy of `root` where the value at `path` is `change(old)`. */
function changedAt(root: unknown, path: JsonPath, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? changedAt(v, rest, change) : v));
  const record = root as Record<string, unknown>;
  return { ...record, [head!]: changedAt(record[head!], rest, change) };
}

const renameKey = (object: unknown, from: string, to: string) =>
  Object.fromEntries(Object.entries(object as Record<string, unknown>).map(([k, v]) => [k === from ? to : k, v]));

const samePath = (a: JsonPath, b: JsonPath) => JSON.stringify(a) === JSON.stringify(b);
const namesPath = (path: JsonPath) => (p: Problem) =>
  p.type.endsWith(':validation-error') && p.errors?.some((e) => samePath(e.path, path))
    ? null
    : `errors ${JSON.stringify(p.errors)} do not name ${JSON.stringify(path)}`;

/** Text PostgreSQL cannot store faithfully: NUL, and UTF-16 halves that are not UTF-8. */
const UNSTORABLE: Array<[string, (s: string) => string]> = [
  ['a NUL character', (s) => `${s.slice(0, 1)}\u0000${s.slice(1)}`],
  ['only a NUL character', () => '\u0000'],
  ['a lone high surrogate', (s) => `${s}\ud800`],
  ['a lone low surrogate', (s) => `\udc00${s}`],
];

/** Valid but awkward Unicode: combining marks, emoji sequences, bidi overrides, zero-width, astral, non-characters. */
const UNICODE_EDGES =
  'Zoë e\u0301 Ångström 👩🏽‍💻 \u202eevil\u202c \u200b\u200d\ufeff 𝕳𝖊𝖑𝖑𝖔 \u{10ffff} \ufffd\uffff ﷽ 東京';

/**
 * NUL characters and unpaired surrogates (422 naming the field), very long strings, and awkward but valid
 * Unicode (accepted and given back unchanged; this last test creates rows).
 */
export function hostileInputTextTests(ctx: HostileInputContext): void {
  const send = (ep: Endpoint, body: unknown, contentType = 'application/json') => ({
    method: ep.method,
    path: endpointPath(ep, ctx.own),
    headers: { authorization: `Bearer ${ctx.service.org.apiKey}`, 'content-type': contentType },
    body: typeof body === 'string' && contentType !== 'application/json' ? body : JSON.stringify(body),
  });

  it('answers 422 naming the field to NUL characters and lone surrogates in any string or key (PostgreSQL cannot store them)', async () => {
    const cases: HostileCase[] = [];
    for (const { name, ep } of WITH_BODY) {
      for (const path of stringPaths(ctx.valid[name])) {
        for (const [what, spoil] of UNSTORABLE) {
          const body = changedAt(ctx.valid[name], path, (s) => spoil(s as string));
          cases.push({
            label: `${name}: ${path.join('.')} with ${what}`,
            ...send(ep, body),
            status: 422,
            check: namesPath(path),
          });
        }
      }
      for (const { path, keys } of nestedObjects(ctx.valid[name])) {
        const key = keys[0]!;
        const body = changedAt(ctx.valid[name], path, (o) => renameKey(o, key, `${key}\u0000`));
        cases.push({
          label: `${name}: key ${[...path, key].join('.')} with a NUL character`,
          ...send(ep, body),
          status: 422,
          check: namesPath([...path, `${key}\u0000`]),
        });
      }
    }
    cases.push({
      label: 'importEmployees: CSV with a NUL character',
      ...send(
        endpoints.importEmployees as Endpoint,
        'email,display_name\nnul@acme.example,Nul\u0000Person\n',
        'text/csv',
      ),
      status: 422,
    });
    expect(cases.filter((c) => c.label.startsWith('createVerification: metadata.queue')).length).toBe(
      UNSTORABLE.length,
    );
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('refuses very long strings where the contract limits them, and never fails with a 500', async () => {
    const cases: HostileCase[] = [];
    for (const { name, ep, schema } of WITH_BODY) {
      for (const path of stringPaths(ctx.valid[name])) {
        const body = changedAt(ctx.valid[name], path, () => 'x'.repeat(200_000));
        const contractRefuses = !schema.safeParse(body).success;
        cases.push({
          label: `${name}: ${path.join('.')} of 200 000 characters`,
          ...send(ep, body),
          // Rows of an import are checked one by one: a bad row is reported, not the request refused.
          status: contractRefuses ? 422 : 'not 5xx',
          ...(contractRefuses
            ? {
                check: (p: Problem) =>
                  p.errors?.some((e) => samePath(e.path.slice(0, path.length), path))
                    ? null
                    : `errors ${JSON.stringify(p.errors)} do not name ${path.join('.')}`,
              }
            : {}),
        });
      }
    }
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('takes awkward but valid Unicode in every string without a 500, and gives it back unchanged', async () => {
    const cases: HostileCase[] = [];
    for (const { name, ep } of WITH_BODY.filter(({ name }) => name !== 'cancelVerification')) {
      for (const path of stringPaths(ctx.valid[name])) {
        const body = changedAt(ctx.valid[name], path, () => UNICODE_EDGES);
        cases.push({ label: `${name}: ${path.join('.')} in awkward Unicode`, ...send(ep, body), status: 'not 5xx' });
      }
    }
    expect(await runHostileBatch(ctx.service.baseUrl, cases, { concurrency: 4 })).toEqual([]);

    const { client } = ctx.service.org;
    const template = await client.createTemplate({
      body: { ...ctx.valid.createTemplate, name: UNICODE_EDGES, text: `${UNICODE_EDGES} {{link}}` },
    });
    expect(await client.getTemplate({ params: { id: template.id } })).toMatchObject({
      name: UNICODE_EDGES.trim(),
      text: `${UNICODE_EDGES} {{link}}`,
    });
    const employee = await client.createEmployee({
      body: { email: 'zoe@acme.example', display_name: UNICODE_EDGES, department: UNICODE_EDGES },
    });
    expect(await client.getEmployee({ params: { id: employee.id } })).toMatchObject({
      display_name: UNICODE_EDGES.trim(),
      department: UNICODE_EDGES.trim(),
    });
    const verification = await client.createVerification({
      body: {
        ...ctx.valid.createVerification,
        reason: UNICODE_EDGES,
        metadata: { [UNICODE_EDGES.slice(0, 60)]: UNICODE_EDGES },
      },
    });
    expect(await client.getVerification({ params: { id: verification.id } })).toMatchObject({
      reason: UNICODE_EDGES.trim(),
      metadata: { [UNICODE_EDGES.slice(0, 60)]: UNICODE_EDGES },
    });
  });
}
