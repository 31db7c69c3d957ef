import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import type { Caller, Handlers } from '../../../infrastructure/http/handler';
import { createOrganization } from '../../../domain/organizations/createOrganization';
import { apiKeyHandlers } from './apiKeyHandlers';
import { authenticateApiKey } from '../../../domain/apiKeys/authenticateApiKey';
import { createApiKey } from '../../../domain/apiKeys/createApiKey';
import { callHandler } from '../../../../test/callHandler';

describe.each(DATABASE_KINDS)('apiKeyHandlers on %s', (kind) => {
  let ctx: TestContext;
  let handlers: Handlers;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    handlers = apiKeyHandlers(ctx);
  });
  afterAll(() => ctx.db.close());

  /** Authenticates like the server would before calling a handler. */
  const callerOf = async (key: string): Promise<Caller> => {
    const identity = await authenticateApiKey(ctx, { key: key });
    if (!identity) throw new Error('the key was refused');
    return identity;
  };

  it('creates a key shown once, lists it without the secret, and revokes it', async () => {
    const admin = await createApiKey(ctx, { orgId: ctx.orgId, name: 'Admin', scopes: ['admin'] });
    const caller = await callerOf(admin.key);
    const created = await callHandler(handlers, 'createApiKey', caller, {
      body: { name: 'ServiceNow', scopes: ['verifications:write'] },
    });
    expect(created.key).toMatch(/^hvk_/);
    expect(await authenticateApiKey(ctx, { key: created.key })).toMatchObject({
      orgId: ctx.orgId,
      scopes: ['verifications:write'],
    });

    const listed = await callHandler(handlers, 'listApiKeys', caller, { query: { limit: '100' } });
    expect(listed.data.map((k) => k.id)).toEqual(expect.arrayContaining([admin.id, created.id]));
    expect(JSON.stringify(listed)).not.toContain(created.key);

    const revoked = await callHandler(handlers, 'revokeApiKey', caller, { params: { id: created.id } });
    expect(revoked.revoked_at).toBe(ctx.clock.now().toISOString());
    expect(await authenticateApiKey(ctx, { key: created.key })).toBeNull();
  });

  it('lets a key revoke itself: that call answers, every later call with the key is refused', async () => {
    const admin = await createApiKey(ctx, { orgId: ctx.orgId, name: 'Self-revoking', scopes: ['admin'] });
    const caller = await callerOf(admin.key);
    const revoked = await callHandler(handlers, 'revokeApiKey', caller, { params: { id: admin.id } });
    expect(revoked).toMatchObject({ id: admin.id, revoked_at: expect.any(String) });
    // The server authenticates every request first, so the next request never reaches a handler.
    expect(await authenticateApiKey(ctx, { key: admin.key })).toBeNull();
  });

  it("answers not_found when revoking another organisation's key", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await createApiKey(ctx, { orgId: other.id, name: 'Theirs', scopes: ['admin'] });
    const mine = await createApiKey(ctx, { orgId: ctx.orgId, name: 'Mine', scopes: ['admin'] });
    await expect(
      callHandler(handlers, 'revokeApiKey', await callerOf(mine.key), { params: { id: theirs.id } }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await authenticateApiKey(ctx, { key: theirs.key })).not.toBeNull();
  });
});
