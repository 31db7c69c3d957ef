import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import type { Caller, Handlers } from '../../../infrastructure/http/handler';
import { createOrganization } from '../../../domain/organizations/createOrganization';
import { directoryHandlers } from './directoryHandlers';
import { callHandler } from '../../../../test/callHandler';

describe.each(DATABASE_KINDS)('directoryHandlers on %s', (kind) => {
  let ctx: TestContext;
  let handlers: Handlers;
  let me: Caller;
  let them: Caller;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    handlers = directoryHandlers(ctx);
    me = { orgId: ctx.orgId, scopes: ['admin'], actor: { type: 'api_key', id: 'key_mine00000000', name: 'test key' } };
    const other = await createOrganization(ctx, { name: 'Other' });
    them = { orgId: other.id, scopes: ['admin'], actor: { type: 'api_key', id: 'key_theirs000000', name: 'test key' } };
  });
  afterAll(() => ctx.db.close());

  it('creates, lists, reads, changes and deletes an employee', async () => {
    const created = await callHandler(handlers, 'createEmployee', me, {
      body: { email: 'ada@example.com', display_name: 'Ada', login: 'alovelace' },
    });
    expect(created).toMatchObject({ email: 'ada@example.com', status: 'active', has_reference_photo: false });
    expect((await callHandler(handlers, 'listEmployees', me, { query: { q: 'LOVELACE' } })).data).toEqual([created]);
    expect(await callHandler(handlers, 'getEmployee', me, { params: { id: created.id } })).toEqual(created);
    const changed = await callHandler(handlers, 'updateEmployee', me, {
      params: { id: created.id },
      body: { status: 'disabled' },
    });
    expect(changed.status).toBe('disabled');
    expect((await callHandler(handlers, 'listEmployees', me, { query: { status: 'disabled' } })).data).toEqual([
      changed,
    ]);
    expect(await callHandler(handlers, 'deleteEmployee', me, { params: { id: created.id } })).toEqual(changed);
  });

  it('answers 409 conflict for a duplicate email', async () => {
    await callHandler(handlers, 'createEmployee', me, { body: { email: 'dup@example.com', display_name: 'One' } });
    await expect(
      callHandler(handlers, 'createEmployee', me, { body: { email: 'Dup@Example.com', display_name: 'Two' } }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('imports JSON and text/csv bodies', async () => {
    const json = await callHandler(handlers, 'importEmployees', me, {
      body: {
        employees: [
          { email: 'j1@example.com', display_name: 'J1' },
          { email: 'bad', display_name: 'J2' },
        ],
      },
    });
    expect(json).toMatchObject({ created: 1, updated: 0, rejected: [{ row: 2 }] });
    const csv = await callHandler(handlers, 'importEmployees', me, {
      rawBody: {
        contentType: 'text/csv',
        text: 'email,display_name,department\nj1@example.com,J1,Sales\nc1@example.com,C1,\n',
      },
    });
    expect(csv).toEqual({ created: 1, updated: 1, rejected: [] });
    await expect(
      callHandler(handlers, 'importEmployees', me, {
        rawBody: { contentType: 'text/plain', text: 'email,display_name\n' },
      }),
    ).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses a CSV of 10 001 rows with payload_too_large', async () => {
    const text = `email,display_name\n${Array.from({ length: 10_001 }, (_, i) => `big${i}@example.com,B`).join('\n')}`;
    await expect(
      callHandler(handlers, 'importEmployees', me, { rawBody: { contentType: 'text/csv', text } }),
    ).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    expect((await callHandler(handlers, 'listEmployees', me, { query: { q: 'big' } })).data).toEqual([]);
  });

  it('gives another organisation not_found for every id-taking operation', async () => {
    const mine = await callHandler(handlers, 'createEmployee', me, {
      body: { email: 'mine@example.com', display_name: 'Mine' },
    });
    const params = { id: mine.id };
    await expect(callHandler(handlers, 'getEmployee', them, { params })).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      callHandler(handlers, 'updateEmployee', them, { params, body: { display_name: 'x' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(callHandler(handlers, 'deleteEmployee', them, { params })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await callHandler(handlers, 'listEmployees', them, { query: { q: 'mine' } })).data).toEqual([]);
    expect(await callHandler(handlers, 'getEmployee', me, { params })).toEqual(mine);
  });
});
