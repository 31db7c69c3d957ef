import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import type { Caller, Handlers } from '../../../infrastructure/http/handler';
import { createOrganization } from '../../../domain/organizations/createOrganization';
import { linkHandlers } from './linkHandlers';
import { callHandler } from '../../../../test/callHandler';

describe.each(DATABASE_KINDS)('linkHandlers on %s', (kind) => {
  let ctx: TestContext;
  let handlers: Handlers;
  let me: Caller;
  let them: Caller;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    handlers = linkHandlers(ctx, {
      proofCapabilities: [
        { type: 'email_possession', assurance: 'low' },
        { type: 'phone_code', assurance: 'medium' },
      ],
    });
    me = { orgId: ctx.orgId, scopes: ['admin'], actor: { type: 'api_key', id: 'key_mine00000000', name: 'test key' } };
    const other = await createOrganization(ctx, { name: 'Other' });
    them = { orgId: other.id, scopes: ['admin'], actor: { type: 'api_key', id: 'key_theirs000000', name: 'test key' } };
  });
  afterAll(() => ctx.db.close());

  it('creates, lists, reads, changes and archives a Link', async () => {
    const created = await callHandler(handlers, 'createLink', me, {
      body: {
        name: 'Reset',
        proofs: [{ type: 'email_possession' }, { type: 'phone_code' }],
        channels: ['email', 'sms'],
      },
    });
    expect(created).toMatchObject({ assurance: 'medium', lifetime_seconds: 900, archived: false });
    expect((await callHandler(handlers, 'listLinks', me, { query: {} })).data).toEqual([created]);
    expect(await callHandler(handlers, 'getLink', me, { params: { id: created.id } })).toEqual(created);
    const changed = await callHandler(handlers, 'updateLink', me, {
      params: { id: created.id },
      body: { description: 'Before MFA resets' },
    });
    expect(changed.description).toBe('Before MFA resets');
    const archived = await callHandler(handlers, 'archiveLink', me, { params: { id: created.id } });
    expect(archived).toEqual({ ...changed, archived: true });
    expect(await callHandler(handlers, 'getLink', me, { params: { id: created.id } })).toEqual(archived);
  });

  it('answers proof_unavailable and validation_error for Links the service cannot honour', async () => {
    await expect(
      callHandler(handlers, 'createLink', me, {
        body: { name: 'Face', proofs: [{ type: 'face_match' }], assurance: 'high' },
      }),
    ).rejects.toMatchObject({ code: 'proof_unavailable' });
    await expect(
      callHandler(handlers, 'createLink', me, { body: { name: 'Mail only', proofs: [{ type: 'email_possession' }] } }),
    ).rejects.toMatchObject({
      code: 'validation_error',
    });
  });

  it('gives another organisation not_found for every id-taking operation', async () => {
    const mine = await callHandler(handlers, 'createLink', me, {
      body: { name: 'Mine', proofs: [{ type: 'email_possession' }], assurance: 'low' },
    });
    const params = { id: mine.id };
    await expect(callHandler(handlers, 'getLink', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    await expect(callHandler(handlers, 'updateLink', them, { params, body: { name: 'x' } })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(callHandler(handlers, 'archiveLink', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    expect((await callHandler(handlers, 'listLinks', them, { query: {} })).data).toEqual([]);
    expect(await callHandler(handlers, 'getLink', me, { params })).toEqual(mine);
  });
});
