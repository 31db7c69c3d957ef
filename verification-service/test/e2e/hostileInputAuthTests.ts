import { endpoints, type Endpoint, type EndpointName } from '@helpdesk-verify/core-client/api';
import type { HostileCase } from './hostileBatch';
import { endpointPath, hasPathParams } from './orgResources';
import type { HostileInputContext } from './hostileInputContext';

const ALL = (Object.keys(endpoints) as EndpointName[]).map((name) => ({ name, ep: endpoints[name] as Endpoint }));

/** The request an endpoint would accept but for the part under test: `{}` as the JSON body where it takes one. */
const baseRequest = (ep: Endpoint, path: string, authorization?: string): Omit<HostileCase, 'label' | 'status'> => ({
  method: ep.method,
  path,
  headers: {
    ...(authorization !== undefined ? { authorization } : {}),
    ...(ep.body ? { 'content-type': 'application/json' } : {}),
  },
  ...(ep.body ? { body: '{}' } : {}),
});

const codeIs = (code: string) => (p: { type: string }) =>
  p.type.endsWith(`:${code}`) ? null : `type ${p.type}, expected ${code}`;

/**
 * Every endpoint of the table refuses missing, malformed, revoked and under-scoped keys (401, 403) and ids
 * that do not exist or belong to the other organisation (404), changing nothing.
 */
export function hostileInputAuthTests(ctx: HostileInputContext): void {
  it('answers 401 problem+json to every endpoint without a valid Bearer key', async () => {
    const validKey = ctx.service.org.apiKey;
    const authorizations: Record<string, string | undefined> = {
      'no Authorization header': undefined,
      'empty header': '',
      'scheme only': 'Bearer',
      'scheme and space': 'Bearer ',
      'unknown key': `Bearer hv_${'A'.repeat(40)}`,
      'Basic scheme with the valid key': `Basic ${Buffer.from(`x:${validKey}`).toString('base64')}`,
      'valid key without the scheme': validKey,
      'valid key with one more character': `Bearer ${validKey}x`,
      'valid key cut short': `Bearer ${validKey.slice(0, -1)}`,
      'valid key and trailing words': `Bearer ${validKey} extra`,
      'two keys': `Bearer ${validKey}, Bearer ${validKey}`,
      'a 5000 character key': `Bearer ${'k'.repeat(5000)}`,
      'Latin-1 characters': 'Bearer cl\u00e9\u00ff',
      'revoked admin key': `Bearer ${ctx.keys.revoked}`,
      'SQL in the key': `Bearer ' OR '1'='1`,
    };
    const cases = ALL.flatMap(({ name, ep }) =>
      Object.entries(authorizations).map(([what, authorization]) => ({
        label: `${name}: ${what}`,
        ...baseRequest(ep, endpointPath(ep, ctx.own), authorization),
        status: 401,
        check: codeIs('unauthorized'),
      })),
    );
    expect(cases.length).toBeGreaterThanOrEqual(ALL.length * 15);
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('answers 403 to every endpoint that needs more scope than the key has', async () => {
    const cases: HostileCase[] = [];
    for (const { name, ep } of ALL) {
      if (ep.scope !== 'verifications:read') {
        cases.push({
          label: `${name} with a read-only key`,
          ...baseRequest(ep, endpointPath(ep, ctx.own), `Bearer ${ctx.keys.read}`),
          status: 403,
          check: codeIs('forbidden'),
        });
      }
      if (ep.scope === 'admin') {
        cases.push({
          label: `${name} with a write key`,
          ...baseRequest(ep, endpointPath(ep, ctx.own), `Bearer ${ctx.keys.write}`),
          status: 403,
          check: codeIs('forbidden'),
        });
      }
    }
    expect(cases.filter((c) => c.label.includes('read-only')).length).toBeGreaterThan(20);
    await ctx.expectRefusedWithoutChange(cases);
  });

  it("answers 404 to an id that does not exist or is the other organisation's, worded the same", async () => {
    const admin = `Bearer ${ctx.service.org.apiKey}`;
    const cases: HostileCase[] = [];
    for (const { name, ep } of ALL.filter(({ ep }) => hasPathParams(ep))) {
      const request = (path: string) => baseRequest(ep, path, admin);
      const notFound = (label: string, path: string, hiddenId: string): HostileCase => ({
        label: `${name}: ${label}`,
        ...request(path),
        status: 404,
        check: (p) =>
          p.type.endsWith(':not-found')
            ? p.detail.includes('Other Corp')
              ? 'the detail names the other organisation'
              : null
            : `type ${p.type} for ${hiddenId}`,
      });
      cases.push(notFound("the other organisation's id", endpointPath(ep, ctx.other), 'other'));
      cases.push(
        notFound(
          'an id with the right prefix that does not exist',
          endpointPath(ep, ctx.own, {
            id: `${endpointPath(ep, ctx.own).split('/')[3]!.split('_')[0]}_${'0'.repeat(22)}`,
          }),
          'missing',
        ),
      );
      cases.push(
        notFound(
          'an id of another kind',
          endpointPath(ep, ctx.own, {
            id: ctx.own.apiKey === endpointPath(ep, ctx.own).split('/')[3] ? ctx.own.link : ctx.own.apiKey,
          }),
          'kind',
        ),
      );
      cases.push(notFound('an arbitrary word', endpointPath(ep, ctx.own, { id: 'nothing-here' }), 'word'));
      if (ep.path.includes('{delivery_id}')) {
        cases.push(
          notFound(
            "the other organisation's delivery on our endpoint",
            endpointPath(ep, ctx.own, { delivery_id: ctx.other.delivery }),
            'delivery',
          ),
        );
        cases.push(
          notFound(
            "our delivery on the other organisation's endpoint",
            endpointPath(ep, ctx.other, { delivery_id: ctx.own.delivery }),
            'delivery',
          ),
        );
        cases.push(
          notFound(
            'a delivery that does not exist',
            endpointPath(ep, ctx.own, { delivery_id: `dlv_${'0'.repeat(22)}` }),
            'delivery',
          ),
        );
      }
    }
    expect(cases.length).toBeGreaterThan(60);
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('answers 404 problem+json to unknown routes and methods', async () => {
    const admin = { authorization: `Bearer ${ctx.service.org.apiKey}` };
    const cases: HostileCase[] = [
      { label: 'unknown collection', method: 'GET', path: '/v1/secrets', headers: admin, status: 404 },
      { label: 'unknown version', method: 'GET', path: '/v2/verifications', headers: admin, status: 404 },
      { label: 'PUT on a collection', method: 'PUT', path: '/v1/links', headers: admin, status: '4xx' },
      { label: 'DELETE on a collection', method: 'DELETE', path: '/v1/verifications', headers: admin, status: '4xx' },
      { label: 'path traversal', method: 'GET', path: '/v1/links/..%2F..%2Fapi-keys', headers: admin, status: 404 },
      { label: 'double slash', method: 'GET', path: '//v1//links', headers: admin, status: '4xx' },
      {
        label: 'unknown action',
        method: 'POST',
        path: `/v1/verifications/${ctx.own.verification}/approve`,
        headers: admin,
        status: 404,
      },
    ];
    await ctx.expectRefusedWithoutChange(cases);
  });
}
