import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createApiKey } from './createApiKey';
import { listApiKeys } from './listApiKeys';

describe.each(DATABASE_KINDS)('listApiKeys on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("pages through the organisation's keys newest first, without secrets or other organisations' keys", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    await createApiKey(ctx, { orgId: other.id, name: 'Theirs', scopes: ['admin'] });
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      ctx.clock.advance(1_000);
      names.push((await createApiKey(ctx, { orgId: ctx.orgId, name: `key ${i}`, scopes: ['admin'] })).name);
    }
    // Two keys in the same millisecond still page without loss or repeat.
    names.push((await createApiKey(ctx, { orgId: ctx.orgId, name: 'key same ms', scopes: ['admin'] })).name);

    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listApiKeys(ctx, { orgId: ctx.orgId, limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.data.length).toBeLessThanOrEqual(2);
      for (const key of page.data) expect(key).not.toHaveProperty('key');
      seen.push(...page.data.map((k) => k.name));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    expect(seen.slice(2)).toEqual(['key 3', 'key 2', 'key 1', 'key 0']);
    expect(seen.slice(0, 2).sort()).toEqual(['key 4', 'key same ms']);
  });

  it('refuses a cursor it did not make', async () => {
    await expect(listApiKeys(ctx, { orgId: ctx.orgId, limit: 2, cursor: 'garbage' })).rejects.toMatchObject({
      code: 'validation_error',
    });
  });
});
