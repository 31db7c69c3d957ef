import { CreateEmployeeRequest, type Employee } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createEmployee } from './createEmployee';
import { findEmployee, type EmployeeLookupInput } from './findEmployee';
import { toEmployee } from './employeesTable';

describe.each(DATABASE_KINDS)('findEmployee on %s', (kind) => {
  let ctx: TestContext;
  let ada: Employee;
  let bob: Employee;
  let carol: Employee;
  let theirs: Employee;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const create = (fields: Record<string, unknown>, orgId = ctx.orgId) =>
      createEmployee(ctx, { orgId, employee: CreateEmployeeRequest.parse(fields) });
    ada = await create({
      email: 'ada@example.com',
      display_name: 'Ada',
      legal_name: 'Augusta Ada King',
      login: 'ALovelace',
      personal_email: 'ada.home@example.net',
      phone: '+14155550101',
      personal_phone: '+14155550199',
    });
    bob = await create({
      email: 'bob@example.com',
      display_name: 'Bob',
      login: 'bob',
      phone: '+14155550102',
      personal_phone: '+14155550199',
      status: 'disabled',
    });
    // Carol's personal address is Ada's work address: work email must win.
    carol = await create({
      email: 'carol@example.com',
      display_name: 'Carol',
      personal_email: 'ada@example.com',
      phone: '+14155550103',
    });
    const other = await createOrganization(ctx, { name: 'Other' });
    theirs = await create(
      { email: 'zed@example.com', display_name: 'Zed', login: 'zed', phone: '+14155550999' },
      other.id,
    );
  });
  afterAll(() => ctx.db.close());

  const find = async (lookup: EmployeeLookupInput) => {
    const row = await findEmployee(ctx, { orgId: ctx.orgId, lookup });
    return row ? toEmployee(row) : null;
  };

  it('finds by id, work email, personal email, login in any case, work or personal phone', async () => {
    expect(await find({ employee_id: ada.id })).toEqual(ada);
    expect(await find({ email: 'ADA@example.com' })).toEqual(ada);
    expect(await find({ email: 'ada.home@example.net' })).toEqual(ada);
    expect(await find({ login_hint: 'alovelace' })).toEqual(ada);
    expect(await find({ phone: '+14155550101' })).toEqual(ada);
    expect(await find({ phone: '+14155550103' })).toEqual(carol);
  });

  it('returns the row with the contacts the flow needs, disabled employees included', async () => {
    const row = await findEmployee(ctx, { orgId: ctx.orgId, lookup: { login_hint: 'BOB' } });
    expect(row).toMatchObject({
      id: bob.id,
      status: 'disabled',
      phone: '+14155550102',
      personal_phone: '+14155550199',
      has_reference_photo: false,
    });
  });

  it('prefers the id, then the email, then the login, then the phone', async () => {
    expect(await find({ employee_id: bob.id, email: 'ada@example.com' })).toEqual(bob);
    expect(await find({ email: 'carol@example.com', login_hint: 'alovelace' })).toEqual(carol);
    expect(await find({ login_hint: 'bob', phone: '+14155550101' })).toEqual(bob);
    expect(await find({ email: 'ada@example.com' })).toEqual(ada);
  });

  it('falls through to the next clue when one matches nobody', async () => {
    expect(
      await find({
        employee_id: 'emp_doesnotexist00',
        email: 'nobody@example.com',
        login_hint: 'nobody',
        phone: '+14155550103',
      }),
    ).toEqual(carol);
  });

  it('never picks one of several employees sharing a contact', async () => {
    expect(await find({ phone: '+14155550199' })).toBeNull();
    expect(await find({ phone: '+14155550199', login_hint: 'bob' })).toEqual(bob);
  });

  it('never finds by name, nor anyone of another organisation', async () => {
    expect(await find({ login_hint: 'Ada' })).toBeNull();
    expect(await find({ login_hint: 'Augusta Ada King' })).toBeNull();
    expect(await find({ employee_id: theirs.id })).toBeNull();
    expect(await find({ email: 'zed@example.com' })).toBeNull();
    expect(await find({ login_hint: 'zed' })).toBeNull();
    expect(await find({ phone: '+14155550999' })).toBeNull();
    expect(await find({})).toBeNull();
  });
});
