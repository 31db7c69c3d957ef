import { CreateEmployeeRequest, UpdateEmployeeRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createEmployee } from './createEmployee';
import { getEmployee } from './getEmployee';
import { readReferencePhoto } from './readReferencePhoto';
import { updateEmployee } from './updateEmployee';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.each(DATABASE_KINDS)('updateEmployee on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const create = (email: string, orgId = ctx.orgId) =>
    createEmployee(ctx, {
      orgId,
      employee: CreateEmployeeRequest.parse({ email, display_name: 'Before', phone: '+14155550100' }),
    });
  const update = (id: string, changes: unknown, orgId = ctx.orgId) =>
    updateEmployee(ctx, { orgId, id, changes: UpdateEmployeeRequest.parse(changes) });

  it('changes the given fields, clears those set to null and moves updated_at', async () => {
    const employee = await create('u1@example.com');
    ctx.clock.advance(1_000);
    const updated = await update(employee.id, { display_name: 'After', phone: null, status: 'disabled' });
    expect(updated).toEqual({
      ...employee,
      display_name: 'After',
      phone: null,
      status: 'disabled',
      updated_at: ctx.clock.now().toISOString(),
    });
  });

  it('adds and removes the reference photo', async () => {
    const employee = await create('u2@example.com');
    expect(
      (await update(employee.id, { reference_photo: `data:image/png;base64,${PNG_1PX}` })).has_reference_photo,
    ).toBe(true);
    expect(await readReferencePhoto(ctx, { orgId: ctx.orgId, employeeId: employee.id })).toMatchObject({
      type: 'image/png',
    });
    expect((await update(employee.id, { reference_photo: null })).has_reference_photo).toBe(false);
    expect(await readReferencePhoto(ctx, { orgId: ctx.orgId, employeeId: employee.id })).toBeNull();
  });

  it("answers 409 conflict when moving to another employee's email", async () => {
    await create('taken@example.com');
    const employee = await create('u3@example.com');
    await expect(update(employee.id, { email: 'TAKEN@example.com' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await getEmployee(ctx, { orgId: ctx.orgId, id: employee.id })).email).toBe('u3@example.com');
  });

  it("answers not_found for another organisation's employee and leaves them alone", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await create('theirs@example.com', other.id);
    await expect(update(theirs.id, { display_name: 'Hijacked' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await getEmployee(ctx, { orgId: other.id, id: theirs.id })).toEqual(theirs);
  });
});
