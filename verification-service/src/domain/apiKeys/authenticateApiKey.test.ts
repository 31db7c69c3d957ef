import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { authenticateApiKey, LAST_USED_RESOLUTION_MS } from './authenticateApiKey';
import { createApiKey } from './createApiKey';
import { revokeApiKey } from './revokeApiKey';

describe.each(DATABASE_KINDS)('authenticateApiKey on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const lastUsed = async (id: string): Promise<Date | null> =>
    (await ctx.db.query<{ last_used_at: Date | null }>('SELECT last_used_at FROM api_keys WHERE id = $1', [id]))[0]!
      .last_used_at;

  it('resolves a valid key to its organisation and scopes', async () => {
    const key = await createApiKey(ctx, {
      orgId: ctx.orgId,
      name: 'Zendesk',
      scopes: ['verifications:read', 'verifications:write'],
    });
    expect(await authenticateApiKey(ctx, { key: key.key })).toEqual({
      orgId: ctx.orgId,
      scopes: ['verifications:read', 'verifications:write'],
      actor: { type: 'api_key', id: key.id, name: 'Zendesk' },
    });
  });

  it('refuses unknown, altered, truncated, empty and absurd keys', async () => {
    const key = await createApiKey(ctx, { orgId: ctx.orgId, name: 'Jira', scopes: ['admin'] });
    const last = key.key.at(-1) === 'a' ? 'b' : 'a';
    for (const wrong of [
      `${key.key.slice(0, -1)}${last}`,
      key.key.slice(0, -1),
      `${key.key} `,
      key.key.toUpperCase(),
      key.prefix,
      '',
      'hvk_',
      `Bearer ${key.key}`,
      'x'.repeat(100_000),
    ]) {
      expect(await authenticateApiKey(ctx, { key: wrong })).toBeNull();
    }
  });

  it('refuses a revoked key', async () => {
    const key = await createApiKey(ctx, { orgId: ctx.orgId, name: 'Old', scopes: ['admin'] });
    await revokeApiKey(ctx, { orgId: ctx.orgId, id: key.id });
    expect(await authenticateApiKey(ctx, { key: key.key })).toBeNull();
  });

  it('writes last_used_at on first use and then at most once a minute', async () => {
    const key = await createApiKey(ctx, { orgId: ctx.orgId, name: 'Busy', scopes: ['verifications:read'] });
    expect(await lastUsed(key.id)).toBeNull();
    const first = ctx.clock.now();
    await authenticateApiKey(ctx, { key: key.key });
    expect(await lastUsed(key.id)).toEqual(first);

    ctx.clock.advance(LAST_USED_RESOLUTION_MS - 1);
    await authenticateApiKey(ctx, { key: key.key });
    expect(await lastUsed(key.id)).toEqual(first);

    ctx.clock.advance(1);
    await authenticateApiKey(ctx, { key: key.key });
    expect(await lastUsed(key.id)).toEqual(ctx.clock.now());
  });
});
