import { endpoints, type EndpointName } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import { DATABASE_KINDS } from '../../test/databases';
import { createTestContext, type TestContext } from '../../test/testContext';
import type { Caller, Handler, HandlerInput, Handlers } from '../http/handler';
import { createOrganization } from '../organizations/createOrganization';
import { templateHandlers } from './templateHandlers';

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

describe.each(DATABASE_KINDS)('templateHandlers on %s', (kind) => {
  let ctx: TestContext;
  let handlers: Handlers;
  let me: Caller;
  let them: Caller;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    handlers = templateHandlers(ctx);
    me = { orgId: ctx.orgId, apiKeyId: 'key_mine00000000', scopes: ['admin'] };
    const other = await createOrganization(ctx, ctx.db, { name: 'Other' });
    them = { orgId: other.id, apiKeyId: 'key_theirs000000', scopes: ['admin'] };
  });
  afterAll(() => ctx.db.close());

  it('creates, lists, reads, changes and deletes a template', async () => {
    const created = await call(handlers, 'createTemplate', me, {
      body: { name: 'Mail', channel: 'email', subject: 'Ticket {{ticket_id}}', text: 'Open {{ link }}' },
    });
    expect(created).toMatchObject({ name: 'Mail', html: '', is_default: false });
    expect((await call(handlers, 'listTemplates', me, { query: {} })).data).toEqual([created]);
    expect(await call(handlers, 'getTemplate', me, { params: { id: created.id } })).toEqual(created);
    const changed = await call(handlers, 'updateTemplate', me, { params: { id: created.id }, body: { name: 'Mail 2' } });
    expect(changed.name).toBe('Mail 2');
    expect(await call(handlers, 'deleteTemplate', me, { params: { id: created.id } })).toEqual(changed);
    expect((await call(handlers, 'listTemplates', me, { query: {} })).data).toEqual([]);
  });

  it('answers 422 listing unknown variables', async () => {
    await expect(
      call(handlers, 'createTemplate', me, { body: { name: 'Bad', channel: 'sms', text: 'Hi {{first_name}}, {{link}} {{pin}}' } }),
    ).rejects.toMatchObject({ code: 'validation_error', detail: expect.stringContaining('{{first_name}}, {{pin}}') });
  });

  it("gives another organisation not_found for every id-taking operation", async () => {
    const mine = await call(handlers, 'createTemplate', me, { body: { name: 'Mine', channel: 'sms', text: '{{link}}' } });
    const params = { id: mine.id };
    await expect(call(handlers, 'getTemplate', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(handlers, 'updateTemplate', them, { params, body: { name: 'x' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(handlers, 'deleteTemplate', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    expect((await call(handlers, 'listTemplates', them, { query: {} })).data).toEqual([]);
    expect(await call(handlers, 'getTemplate', me, { params })).toEqual(mine);
  });
});
