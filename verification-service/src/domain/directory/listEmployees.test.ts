import { CreateEmployeeRequest, EmployeeListQuery } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createEmployee } from './createEmployee';
import { listEmployees } from './listEmployees';

describe.each(DATABASE_KINDS)('listEmployees on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const other = await createOrganization(ctx, { name: 'Other' });
    await createEmployee(ctx, {
      orgId: other.id,
      employee: CreateEmployeeRequest.parse({ email: 'ada@other.example', display_name: 'Ada Other' }),
    });
    const people = [
      { email: 'ada@example.com', display_name: 'Ada Lovelace', login: 'ALOVELACE' },
      { email: 'bob@example.com', display_name: 'Bob 100%', login: 'bob_b', status: 'disabled' },
      { email: 'carol@example.com', display_name: 'Carol', login: null },
      { email: 'dan@example.com', display_name: 'Dan', login: 'dan' },
    ];
    for (const person of people) {
      ctx.clock.advance(1_000);
      await createEmployee(ctx, { orgId: ctx.orgId, employee: CreateEmployeeRequest.parse(person) });
    }
  });
  afterAll(() => ctx.db.close());

  const names = async (query: Record<string, unknown>) =>
    (await listEmployees(ctx, { orgId: ctx.orgId, ...EmployeeListQuery.parse(query) })).data.map((e) => e.display_name);

  it('pages newest first without showing another organisation', async () => {
    const first = await listEmployees(ctx, { orgId: ctx.orgId, ...EmployeeListQuery.parse({ limit: 3 }) });
    expect(first.data.map((e) => e.display_name)).toEqual(['Dan', 'Carol', 'Bob 100%']);
    const second = await listEmployees(ctx, {
      orgId: ctx.orgId,
      ...EmployeeListQuery.parse({ limit: 3, cursor: first.next_cursor }),
    });
    expect(second.data.map((e) => e.display_name)).toEqual(['Ada Lovelace']);
    expect(second.next_cursor).toBeNull();
  });

  it('filters on status', async () => {
    expect(await names({ status: 'disabled' })).toEqual(['Bob 100%']);
    expect(await names({ status: 'active' })).toEqual(['Dan', 'Carol', 'Ada Lovelace']);
  });

  it('searches email, login and display name case-insensitively, taking % and _ literally', async () => {
    expect(await names({ q: 'LOVE' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'carol@' })).toEqual(['Carol']);
    expect(await names({ q: 'alovelace' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: '%' })).toEqual(['Bob 100%']);
    expect(await names({ q: '_' })).toEqual(['Bob 100%']);
    expect(await names({ q: 'ada', status: 'disabled' })).toEqual([]);
    expect(await names({ q: "'; DROP TABLE employees; --" })).toEqual([]);
    expect(await names({ q: '   ' })).toHaveLength(4);
  });
});
