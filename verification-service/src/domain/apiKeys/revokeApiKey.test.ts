import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createApiKey } from './createApiKey';
import { revokeApiKey } from './revokeApiKey';

describe.each(DATABASE_KINDS)('revokeApiKey on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it('marks the key revoked and keeps the first revocation time when repeated', async () => {
    const key = await createApiKey(ctx, { orgId: ctx.orgId, name: 'K', scopes: ['admin'] });
    const revokedAt = ctx.clock.now().toISOString();
    const revoked = await revokeApiKey(ctx, { orgId: ctx.orgId, id: key.id });
    expect(revoked).toMatchObject({ id: key.id, revoked_at: revokedAt });
    expect(revoked).not.toHaveProperty('key');

    ctx.clock.advance(5_000);
    expect((await revokeApiKey(ctx, { orgId: ctx.orgId, id: key.id })).revoked_at).toBe(revokedAt);
  });

  it("answers not_found for an unknown id and for another organisation's key, which stays live", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await createApiKey(ctx, { orgId: other.id, name: 'Theirs', scopes: ['admin'] });
    await expect(revokeApiKey(ctx, { orgId: ctx.orgId, id: theirs.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(revokeApiKey(ctx, { orgId: ctx.orgId, id: 'key_doesnotexist00' })).rejects.toMatchObject({
      code: 'not_found',
    });
    const [row] = await ctx.db.query<{ revoked_at: Date | null }>('SELECT revoked_at FROM api_keys WHERE id = $1', [
      theirs.id,
    ]);
    expect(row!.revoked_at).toBeNull();
  });
});
