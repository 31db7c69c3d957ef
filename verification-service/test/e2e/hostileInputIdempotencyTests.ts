import type { Problem } from '@helpdesk-verify/core-client/schemas';
import { endpoints, type Endpoint, type EndpointName } from '@helpdesk-verify/core-client/api';
import { endpointPath } from './orgResources';
import type { ValidRequestBodies } from './validRequestBodies';
import type { HostileInputContext } from './hostileInputContext';
import { snapshotTables } from './snapshotTables';

const ALL = (Object.keys(endpoints) as EndpointName[]).map((name) => ({ name, ep: endpoints[name] as Endpoint }));
const namesTheHeader = (p: Problem) =>
  p.type.endsWith(':validation-error') && p.errors?.some((e) => e.path.join('.') === 'headers.idempotency-key')
    ? null
    : `${p.type} ${JSON.stringify(p.errors)}`;

/**
 * Idempotency-Key abuse: bad keys, keys where none is taken, a key reused with another body, ten
 * concurrent requests with one key, keys of two organisations. Its later tests create verifications.
 */
export function hostileInputIdempotencyTests(ctx: HostileInputContext): void {
  const post = (body: unknown, idempotencyKey: string, apiKey = ctx.service.org.apiKey) =>
    fetch(`${ctx.service.baseUrl}/v1/verifications`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
      },
      body: JSON.stringify(body),
    });
  const verificationCount = async () =>
    (await ctx.service.app.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM verifications'))[0]!.n;
  const mailCount = async () =>
    (await ctx.service.app.outbox!.list({ limit: 10_000 })).filter((m) => m.channel === 'email').length;

  it('answers 422 to a key that is too long, empty or not printable ASCII, with an otherwise valid request', async () => {
    const create = endpoints.createVerification as Endpoint;
    const keys: Record<string, string> = {
      '256 characters': 'k'.repeat(256),
      '10 000 characters': 'k'.repeat(10_000),
      empty: '',
      'a space inside': 'click 1',
      'Latin-1 letters': 'cl\u00e9-\u00ff',
      'a tab inside': 'click\t1',
    };
    const cases = Object.entries(keys).map(([what, key]) => ({
      label: `createVerification: Idempotency-Key with ${what}`,
      method: 'POST',
      path: endpointPath(create, ctx.own),
      headers: {
        authorization: `Bearer ${ctx.service.org.apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(ctx.valid.createVerification),
      status: 422,
      check: namesTheHeader,
    }));
    await ctx.expectRefusedWithoutChange(cases);
    // 255 printable characters is the limit, and works.
    expect((await post(ctx.valid.createVerification, '~'.repeat(255))).status).toBe(201);
  });

  it('answers 422 on every endpoint that takes no Idempotency-Key, even with a valid request', async () => {
    const cases = ALL.filter(({ ep }) => !ep.idempotencyKey).map(({ name, ep }) => ({
      label: `${name} with an Idempotency-Key`,
      method: ep.method,
      path: endpointPath(ep, ctx.own),
      headers: {
        authorization: `Bearer ${ctx.service.org.apiKey}`,
        'idempotency-key': 'retry-1',
        ...(ep.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(ep.body ? { body: JSON.stringify(ctx.valid[name as keyof ValidRequestBodies]) } : {}),
      status: 422,
      check: namesTheHeader,
    }));
    expect(cases.length).toBe(ALL.length - 1);
    await ctx.expectRefusedWithoutChange(cases);
  });

  it('answers 422 idempotency_mismatch to the same key with another body, and creates nothing more', async () => {
    const first = await post(ctx.valid.createVerification, 'ticket-42');
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string };
    const [verifications, mails] = [await verificationCount(), await mailCount()];
    const before = await snapshotTables(ctx.service.app.deps.db);

    const changedBodies = [
      { ...ctx.valid.createVerification, reason: 'something else' },
      { ...ctx.valid.createVerification, ticket: { ...ctx.valid.createVerification.ticket, id: 'T-10' } },
      { ...ctx.valid.createVerification, metadata: {} },
      { ...ctx.valid.createVerification, channels: ['email', 'sms'] },
    ];
    for (const body of changedBodies) {
      const again = await post(body, 'ticket-42');
      expect(again.status).toBe(422);
      expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await again.json()).toMatchObject({
        type: 'urn:helpdesk-verify:problem:idempotency-mismatch',
        status: 422,
      });
    }
    expect(await snapshotTables(ctx.service.app.deps.db)).toEqual(before);
    expect([await verificationCount(), await mailCount()]).toEqual([verifications, mails]);

    // The same body again is the same verification, sent once.
    const replay = await post(ctx.valid.createVerification, 'ticket-42');
    expect(((await replay.json()) as { id: string }).id).toBe(created.id);
    expect([await verificationCount(), await mailCount()]).toEqual([verifications, mails]);
  });

  it('makes one verification of ten concurrent requests with one key, and keeps keys apart per organisation', async () => {
    const [verifications, mails] = [await verificationCount(), await mailCount()];
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(ctx.valid.createVerification, 'double-click')),
    );
    expect(answers.map((a) => a.status).every((s) => s === 201)).toBe(true);
    const ids = new Set(await Promise.all(answers.map(async (a) => ((await a.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect([await verificationCount(), await mailCount()]).toEqual([verifications + 1, mails + 1]);

    // The other organisation's identical key is its own: it cannot reach our verification.
    const otherEmployee = { email: 'sam@other.example' };
    const theirs = await post(
      { ...ctx.valid.createVerification, link_id: ctx.service.otherOrg.linkId, employee: otherEmployee },
      'double-click',
      ctx.service.otherOrg.apiKey,
    );
    expect(theirs.status).toBe(201);
    expect(ids.has(((await theirs.json()) as { id: string }).id)).toBe(false);
  });

  it('accepts each of those valid requests without the header (so the refusals were about the key)', async () => {
    // Cancelling last: a cancelled verification cannot be resent.
    const order = [
      ...ALL.filter(({ name }) => name !== 'cancelVerification'),
      ...ALL.filter(({ name }) => name === 'cancelVerification'),
    ];
    const answers: Array<{ name: string; status: number }> = [];
    // syncLdapSource needs a real directory: with the valid body's unreachable one it answers 503
    // (tested with a real slapd in src/proofs/employment/employmentProof.test.ts).
    for (const { name, ep } of order.filter(
      ({ name, ep }) => ep.method !== 'DELETE' && !ep.idempotencyKey && name !== 'syncLdapSource',
    )) {
      const response = await fetch(`${ctx.service.baseUrl}${endpointPath(ep, ctx.own)}`, {
        method: ep.method,
        headers: {
          authorization: `Bearer ${ctx.service.org.apiKey}`,
          ...(ep.body ? { 'content-type': 'application/json' } : {}),
        },
        ...(ep.body ? { body: JSON.stringify(ctx.valid[name as keyof ValidRequestBodies]) } : {}),
      });
      answers.push({ name, status: response.status < 300 ? 200 : response.status });
    }
    expect(answers).toEqual(answers.map(({ name }) => ({ name, status: 200 })));
  });

  it('does not spend a key on a request that was refused', async () => {
    const refused = await post(
      { ...ctx.valid.createVerification, employee: { email: 'nobody@acme.example' } },
      'first-try',
    );
    expect(refused.status).toBe(422);
    expect((await post(ctx.valid.createVerification, 'first-try')).status).toBe(201);
  });
}
