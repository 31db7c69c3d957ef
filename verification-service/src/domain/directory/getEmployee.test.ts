import { CreateEmployeeRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createEmployee } from './createEmployee';
import { getEmployee } from './getEmployee';
import { readReferencePhoto } from './readReferencePhoto';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.each(DATABASE_KINDS)('getEmployee and readReferencePhoto on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("reads the organisation's employee and their photo, and nothing of another organisation", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const employee = CreateEmployeeRequest.parse({
      email: 'a@example.com',
      display_name: 'A',
      reference_photo: `data:image/png;base64,${PNG_1PX}`,
    });
    const mine = await createEmployee(ctx, { orgId: ctx.orgId, employee });
    const theirs = await createEmployee(ctx, { orgId: other.id, employee });

    expect(await getEmployee(ctx, { orgId: ctx.orgId, id: mine.id })).toEqual(mine);
    expect(await readReferencePhoto(ctx, { orgId: ctx.orgId, employeeId: mine.id })).toEqual({
      bytes: Buffer.from(PNG_1PX, 'base64'),
      type: 'image/png',
    });

    await expect(getEmployee(ctx, { orgId: ctx.orgId, id: theirs.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await readReferencePhoto(ctx, { orgId: ctx.orgId, employeeId: theirs.id })).toBeNull();
  });

  it('reads no photo for an employee without one', async () => {
    const plain = await createEmployee(ctx, {
      orgId: ctx.orgId,
      employee: CreateEmployeeRequest.parse({ email: 'b@example.com', display_name: 'B' }),
    });
    expect(await readReferencePhoto(ctx, { orgId: ctx.orgId, employeeId: plain.id })).toBeNull();
  });
});
