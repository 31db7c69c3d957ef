import { endpoints, type EndpointName } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import { DATABASE_KINDS } from '../../test/databases';
import { createTestContext, type TestContext } from '../../test/testContext';
import type { Caller, Handler, HandlerInput, Handlers } from '../http/handler';
import { createOrganization } from '../organizations/createOrganization';
import { linkHandlers } from './linkHandlers';

/** Calls a handler the way the server does: inputs parsed by the endpoint's schemas, the answer checked by its response schema. */
async function call<K extends EndpointName>(
  handlers: Handlers,
  name: K,
  caller: Caller,
  raw: { params?: unknown; query?: unknown; body?: unknown } = {},
): Promise<z.output<(typeof endpoints)[K]['response']>> {
  const endpoint = endpoints[name];
  const input = {
    params: endpoint.params.parse(raw.params ?? {}),
    query: endpoint.query.parse(raw.query ?? {}),
    body: endpoint.body ? endpoint.body.parse(raw.body) : undefined,
    caller,
    idempotencyKey: undefined,
    requestId: 'req_test',
  } as HandlerInput<K>;
  const handler = handlers[name] as Handler<K> | undefined;
  if (!handler) throw new Error(`no handler for ${name}`);
  return endpoint.response.parse(await handler(input)) as z.output<(typeof endpoints)[K]['response']>;
}


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
    me = { orgId: ctx.orgId, apiKeyId: 'key_mine00000000', scopes: ['admin'] };
    const other = await createOrganization(ctx, ctx.db, { name: 'Other' });
    them = { orgId: other.id, apiKeyId: 'key_theirs000000', scopes: ['admin'] };
  });
  afterAll(() => ctx.db.close());

  it('creates, lists, reads, changes and archives a Link', async () => {
    const created = await call(handlers, 'createLink', me, {
      body: { name: 'Reset', proofs: [{ type: 'email_possession' }, { type: 'phone_code' }], channels: ['email', 'sms'] },
    });
    expect(created).toMatchObject({ assurance: 'medium', lifetime_seconds: 900, archived: false });
    expect((await call(handlers, 'listLinks', me, { query: {} })).data).toEqual([created]);
    expect(await call(handlers, 'getLink', me, { params: { id: created.id } })).toEqual(created);
    const changed = await call(handlers, 'updateLink', me, { params: { id: created.id }, body: { description: 'Before MFA resets' } });
    expect(changed.description).toBe('Before MFA resets');
    const archived = await call(handlers, 'archiveLink', me, { params: { id: created.id } });
    expect(archived).toEqual({ ...changed, archived: true });
    expect(await call(handlers, 'getLink', me, { params: { id: created.id } })).toEqual(archived);
  });

  it('answers proof_unavailable and validation_error for Links the service cannot honour', async () => {
    await expect(
      call(handlers, 'createLink', me, { body: { name: 'Face', proofs: [{ type: 'face_match' }], assurance: 'high' } }),
    ).rejects.toMatchObject({ code: 'proof_unavailable' });
    await expect(call(handlers, 'createLink', me, { body: { name: 'Mail only', proofs: [{ type: 'email_possession' }] } })).rejects.toMatchObject({
      code: 'validation_error',
    });
  });

  it('gives another organisation not_found for every id-taking operation', async () => {
    const mine = await call(handlers, 'createLink', me, { body: { name: 'Mine', proofs: [{ type: 'email_possession' }], assurance: 'low' } });
    const params = { id: mine.id };
    await expect(call(handlers, 'getLink', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(handlers, 'updateLink', them, { params, body: { name: 'x' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(handlers, 'archiveLink', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    expect((await call(handlers, 'listLinks', them, { query: {} })).data).toEqual([]);
    expect(await call(handlers, 'getLink', me, { params })).toEqual(mine);
  });
});
