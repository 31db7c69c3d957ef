import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import type { Caller, Handlers } from '../../../infrastructure/http/handler';
import { createOrganization } from '../../../domain/organizations/createOrganization';
import { templateHandlers } from './templateHandlers';
import { callHandler } from '../../../../test/callHandler';

describe.each(DATABASE_KINDS)('templateHandlers on %s', (kind) => {
  let ctx: TestContext;
  let handlers: Handlers;
  let me: Caller;
  let them: Caller;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    handlers = templateHandlers(ctx);
    me = { orgId: ctx.orgId, scopes: ['admin'], actor: { type: 'api_key', id: 'key_mine00000000', name: 'test key' } };
    const other = await createOrganization(ctx, { name: 'Other' });
    them = { orgId: other.id, scopes: ['admin'], actor: { type: 'api_key', id: 'key_theirs000000', name: 'test key' } };
  });
  afterAll(() => ctx.db.close());

  it('creates, lists, reads, changes and deletes a template', async () => {
    const created = await callHandler(handlers, 'createTemplate', me, {
      body: { name: 'Mail', channel: 'email', subject: 'Ticket {{ticket_id}}', text: 'Open {{ link }}' },
    });
    expect(created).toMatchObject({ name: 'Mail', html: '', is_default: false });
    expect((await callHandler(handlers, 'listTemplates', me, { query: {} })).data).toEqual([created]);
    expect(await callHandler(handlers, 'getTemplate', me, { params: { id: created.id } })).toEqual(created);
    const changed = await callHandler(handlers, 'updateTemplate', me, {
      params: { id: created.id },
      body: { name: 'Mail 2' },
    });
    expect(changed.name).toBe('Mail 2');
    expect(await callHandler(handlers, 'deleteTemplate', me, { params: { id: created.id } })).toEqual(changed);
    expect((await callHandler(handlers, 'listTemplates', me, { query: {} })).data).toEqual([]);
  });

  it('answers 422 listing unknown variables', async () => {
    await expect(
      callHandler(handlers, 'createTemplate', me, {
        body: { name: 'Bad', channel: 'sms', text: 'Hi {{first_name}}, {{link}} {{pin}}' },
      }),
    ).rejects.toMatchObject({ code: 'validation_error', detail: expect.stringContaining('{{first_name}}, {{pin}}') });
  });

  it('gives another organisation not_found for every id-taking operation', async () => {
    const mine = await callHandler(handlers, 'createTemplate', me, {
      body: { name: 'Mine', channel: 'sms', text: '{{link}}' },
    });
    const params = { id: mine.id };
    await expect(callHandler(handlers, 'getTemplate', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    await expect(callHandler(handlers, 'updateTemplate', them, { params, body: { name: 'x' } })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(callHandler(handlers, 'deleteTemplate', them, { params })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await callHandler(handlers, 'listTemplates', them, { query: {} })).data).toEqual([]);
    expect(await callHandler(handlers, 'getTemplate', me, { params })).toEqual(mine);
  });
});
