import { ApiKeyWithSecret } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { hashSecret } from '../../kernel/secrets';
import { createApiKey } from './createApiKey';

describe.each(DATABASE_KINDS)('createApiKey on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it('returns the key once, in the hvk_ format, and stores only its hash and display prefix', async () => {
    const created = await createApiKey(ctx, {
      orgId: ctx.orgId,
      name: 'ServiceNow prod',
      scopes: ['verifications:write'],
    });
    expect(ApiKeyWithSecret.parse(created)).toEqual(created);
    expect(created.key).toMatch(/^hvk_[0-9A-Za-z]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));
    expect(created.created_at).toBe(ctx.clock.now().toISOString());

    const [row] = await ctx.db.query<{ key_hash: Uint8Array; prefix: string; org_id: string }>(
      'SELECT key_hash, prefix, org_id FROM api_keys WHERE id = $1',
      [created.id],
    );
    expect(Buffer.from(row!.key_hash).equals(hashSecret(created.key))).toBe(true);
    expect(row!.prefix).toBe(created.prefix);
    expect(row!.org_id).toBe(ctx.orgId);
    const everything = JSON.stringify(await ctx.db.query('SELECT * FROM api_keys WHERE id = $1', [created.id]));
    expect(everything).not.toContain(created.key.slice(12));
  });

  it('makes a different key every time and drops repeated scopes', async () => {
    const a = await createApiKey(ctx, { orgId: ctx.orgId, name: 'A', scopes: ['admin', 'admin'] });
    const b = await createApiKey(ctx, { orgId: ctx.orgId, name: 'B', scopes: ['admin'] });
    expect(a.key).not.toBe(b.key);
    expect(a.scopes).toEqual(['admin']);
  });
});
