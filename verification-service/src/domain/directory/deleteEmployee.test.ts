import { CreateEmployeeRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createEmployee } from './createEmployee';
import { deleteEmployee } from './deleteEmployee';
import { getEmployee } from './getEmployee';

describe.each(DATABASE_KINDS)('deleteEmployee on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const create = (email: string, orgId = ctx.orgId) =>
    createEmployee(ctx, { orgId, employee: CreateEmployeeRequest.parse({ email, display_name: 'E' }) });

  /** A verification of the employee, written directly (the verification flow is not this module's). */
  const verify = async (employeeId: string) => {
    const linkId = ctx.newId('lnk');
    const now = ctx.clock.now();
    await ctx.db.query(
      `INSERT INTO links (id, org_id, name, description, proofs, assurance, lifetime_seconds, single_use, channels, created_at, updated_at)
       VALUES ($1, $2, 'L', '', '[]'::jsonb, 'low', 900, true, ARRAY['email'], $3, $3)`,
      [linkId, ctx.orgId, now],
    );
    await ctx.db.query(
      `INSERT INTO verifications (id, org_id, link_id, employee_id, status, agent, ticket_system, ticket_id, reason, metadata, contacts,
                                  channels, match_code, assurance_required, expires_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'passed', '{}'::jsonb, 'api', 'T-1', '', '{}'::jsonb, '{}'::jsonb, ARRAY['email'], '1234', 'low', $5, $5, $5)`,
      [ctx.newId('ver'), ctx.orgId, linkId, employeeId, now],
    );
  };

  it('removes an employee never verified and answers them', async () => {
    const employee = await create('gone@example.com');
    expect(await deleteEmployee(ctx, { orgId: ctx.orgId, id: employee.id })).toEqual(employee);
    await expect(getEmployee(ctx, { orgId: ctx.orgId, id: employee.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(deleteEmployee(ctx, { orgId: ctx.orgId, id: employee.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses with 409 conflict, saying to disable instead, when verifications refer to the employee', async () => {
    const employee = await create('verified@example.com');
    await verify(employee.id);
    await expect(deleteEmployee(ctx, { orgId: ctx.orgId, id: employee.id })).rejects.toMatchObject({
      code: 'conflict',
      detail: expect.stringContaining('"status": "disabled"'),
    });
    expect(await getEmployee(ctx, { orgId: ctx.orgId, id: employee.id })).toEqual(employee);
  });

  it("answers not_found for another organisation's employee and keeps them", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await create('theirs@example.com', other.id);
    await expect(deleteEmployee(ctx, { orgId: ctx.orgId, id: theirs.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await getEmployee(ctx, { orgId: other.id, id: theirs.id })).toEqual(theirs);
  });
});
