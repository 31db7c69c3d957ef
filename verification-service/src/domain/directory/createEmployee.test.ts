import { CreateEmployeeRequest, Employee } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createEmployee } from './createEmployee';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.each(DATABASE_KINDS)('createEmployee on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it('stores the employee with the schema defaults', async () => {
    const employee = await createEmployee(ctx, {
      orgId: ctx.orgId,
      employee: CreateEmployeeRequest.parse({ email: 'Ada@Example.com', display_name: ' Ada ', phone: '+14155550100' }),
    });
    expect(Employee.parse(employee)).toEqual(employee);
    expect(employee).toMatchObject({
      email: 'ada@example.com',
      display_name: 'Ada',
      phone: '+14155550100',
      login: null,
      status: 'active',
      has_reference_photo: false,
      created_at: ctx.clock.now().toISOString(),
    });
  });

  it('keeps the reference photo as bytes with its type, and never puts it in the answer', async () => {
    const employee = await createEmployee(ctx, {
      orgId: ctx.orgId,
      employee: CreateEmployeeRequest.parse({
        email: 'photo@example.com',
        display_name: 'P',
        reference_photo: `data:image/png;base64,${PNG_1PX}`,
      }),
    });
    expect(employee.has_reference_photo).toBe(true);
    expect(JSON.stringify(employee)).not.toContain(PNG_1PX.slice(0, 20));
    const [row] = await ctx.db.query<{ reference_photo: Uint8Array; reference_photo_type: string }>(
      'SELECT reference_photo, reference_photo_type FROM employees WHERE id = $1',
      [employee.id],
    );
    expect(Buffer.from(row!.reference_photo).equals(Buffer.from(PNG_1PX, 'base64'))).toBe(true);
    expect(row!.reference_photo_type).toBe('image/png');
  });

  it('refuses a photo whose bytes are not the declared type', async () => {
    await expect(
      createEmployee(ctx, {
        orgId: ctx.orgId,
        employee: CreateEmployeeRequest.parse({
          email: 'fake@example.com',
          display_name: 'F',
          reference_photo: `data:image/jpeg;base64,${PNG_1PX}`,
        }),
      }),
    ).rejects.toMatchObject({ code: 'validation_error', errors: [{ path: ['reference_photo'] }] });
  });

  it('answers 409 conflict for an email the organisation has, in any case; another organisation may have it', async () => {
    const employee = CreateEmployeeRequest.parse({ email: 'dup@example.com', display_name: 'D' });
    await createEmployee(ctx, { orgId: ctx.orgId, employee });
    await expect(
      createEmployee(ctx, {
        orgId: ctx.orgId,
        employee: CreateEmployeeRequest.parse({ email: 'DUP@example.com', display_name: 'D2' }),
      }),
    ).rejects.toMatchObject({ code: 'conflict', errors: [{ path: ['email'] }] });
    const other = await createOrganization(ctx, { name: 'Other' });
    await expect(createEmployee(ctx, { orgId: other.id, employee })).resolves.toMatchObject({
      email: 'dup@example.com',
    });
  });
});
