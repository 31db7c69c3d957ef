import type { Verification, VerificationListQuery } from '@helpdesk-verify/core-client/schemas';
import { VerificationListQuery as Query } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../testContext';
import { listVerifications } from '../../src/domain/verifications/listVerifications';
import { seedEmployee, seedLink, seedVerification } from './seedVerifications';

describe.each(DATABASE_KINDS)('the console verification list (search, sort, cursor) on %s', (kind) => {
  let ctx: TestContext;
  /** id → [created_at ms, risk score or null, completed_at ms or null] */
  const seeded = new Map<string, [number, number | null, number | null]>();
  let sam: string;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const at = new Date('2026-02-01T00:00:00.000Z');
    const link = await seedLink(ctx.db, ctx.orgId, 'Standard', at);
    sam = await seedEmployee(ctx.db, ctx.orgId, { email: 'sam.o_neil@acme.example', name: 'Sam O’Neil', at });
    const ada = await seedEmployee(ctx.db, ctx.orgId, { email: 'ada@acme.example', name: 'Ada 100% Lovelace', at });
    // Ties on every sort key (equal scores, equal times) so the id must break them; NULLs for unfinished ones.
    const scores = [50, 50, null, 10, 90, 50, null, 10, 0, 100, 50, null];
    for (let i = 0; i < scores.length; i++) {
      const createdAt = new Date(at.getTime() + Math.floor(i / 2) * 60_000);
      const finished = scores[i] !== null;
      const completedAt = finished ? new Date(at.getTime() + 3_600_000 + (i % 4) * 60_000) : null;
      const id = await seedVerification(ctx.db, ctx.orgId, {
        status: finished ? 'passed' : 'pending',
        createdAt,
        completedAt,
        riskScore: scores[i] ?? null,
        linkId: link,
        employeeId: i % 3 === 0 ? ada : sam,
        ticketId: `INC00${i}`,
        matchCode: i === 5 ? 'K7Q-4M2' : 'ACD-EFG',
      });
      seeded.set(id, [createdAt.getTime(), scores[i] ?? null, completedAt?.getTime() ?? null]);
    }
  }, 120_000); // PGlite takes tens of seconds to start on a loaded machine
  afterAll(() => ctx.db.close());

  const list = (q: VerificationListQuery) => listVerifications(ctx, { orgId: ctx.orgId, query: Query.parse(q) });
  async function allPages(q: VerificationListQuery): Promise<Verification[]> {
    const out: Verification[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 50; guard++) {
      const page = await list({ ...q, limit: 2, ...(cursor ? { cursor } : {}) });
      out.push(...page.data);
      if (!page.next_cursor) return out;
      cursor = page.next_cursor;
    }
    throw new Error('no last page');
  }

  const expectedOrder = (index: 0 | 1 | 2, order: 'asc' | 'desc') =>
    [...seeded.entries()]
      .sort(([idA, a], [idB, b]) => {
        const va = a[index];
        const vb = b[index];
        if (va === null || vb === null)
          return va === vb
            ? order === 'asc'
              ? idA.localeCompare(idB, 'en', { sensitivity: 'variant' })
              : 0
            : va === null
              ? 1
              : -1;
        return order === 'asc' ? va - vb : vb - va;
      })
      .map(([id, v]) => [v[index], id] as const);

  it.each([
    ['created_at', 0],
    ['risk_score', 1],
    ['completed_at', 2],
  ] as const)(
    'pages by %s in both orders without skipping or repeating, ties broken by id, NULLs last',
    async (sort, index) => {
      for (const order of ['asc', 'desc'] as const) {
        const pages = await allPages({ sort, order });
        expect(pages).toHaveLength(seeded.size);
        expect(new Set(pages.map((v) => v.id)).size).toBe(seeded.size);
        const values = pages.map((v) => seeded.get(v.id)![index]);
        expect(values).toEqual(expectedOrder(index, order).map(([value]) => value));
        // Within equal values the ids run in the same direction as the sort (PostgreSQL's collation decides).
        const unfinishedAt = values.indexOf(null);
        if (unfinishedAt >= 0) expect(values.slice(unfinishedAt).every((v) => v === null)).toBe(true);
      }
    },
  );

  it('refuses a cursor made for another sort or order, and forged ones', async () => {
    const page = await list({ sort: 'risk_score', order: 'desc', limit: 2 });
    await expect(list({ sort: 'risk_score', order: 'asc', limit: 2, cursor: page.next_cursor! })).rejects.toThrow(
      /cursor/,
    );
    await expect(list({ sort: 'created_at', limit: 2, cursor: page.next_cursor! })).rejects.toThrow(/cursor/);
    const forged = Buffer.from(
      JSON.stringify(['risk_score', 'desc', '1; DROP TABLE verifications', 'ver_AAAAAAAAAAAA']),
    ).toString('base64url');
    await expect(list({ sort: 'risk_score', limit: 2, cursor: forged })).rejects.toThrow(/cursor/);
    await expect(list({ limit: 2, cursor: 'not base64 json' })).rejects.toThrow(/cursor/);
  });

  it('searches employee email and name, ticket id and the match code, with LIKE wildcards taken literally', async () => {
    const count = async (q: string) => (await list({ q, limit: 100 })).data.length;
    expect(await count('o_neil')).toBe(8);
    expect(await count('O’NEIL')).toBe(8);
    expect(await count('ada@')).toBe(4);
    expect(await count('100%')).toBe(4);
    expect(await count('%')).toBe(4); // only Ada's name has a literal %
    expect(await count('_')).toBe(8); // only Sam's email has a literal _
    expect(await count('INC0011')).toBe(1);
    expect(await count('INC00')).toBe(12);
    expect(await count('k7q-4m2')).toBe(1);
    expect(await count('K7Q')).toBe(0); // a match code matches whole, not in part
    const searched = await allPages({ q: 'acme.example', sort: 'risk_score', order: 'asc' });
    expect(searched).toHaveLength(12);
    expect(
      (await list({ q: 'sam', status: 'pending', limit: 100 })).data.every(
        (v) => v.status === 'pending' && v.employee.id === sam,
      ),
    ).toBe(true);
  });
});
