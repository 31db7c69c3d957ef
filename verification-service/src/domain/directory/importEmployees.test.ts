import { CreateEmployeeRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import type { Database } from '../../kernel/database';
import { createEmployee } from './createEmployee';
import { importEmployees } from './importEmployees';
import { listEmployees } from './listEmployees';
import { MAX_IMPORT_ROWS } from './parseEmployeeCsv';
import { readReferencePhoto } from './readReferencePhoto';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.each(DATABASE_KINDS)('importEmployees on %s', (kind) => {
  let ctx: TestContext;
  let orgId: string;
  beforeEach(async () => {
    ctx ??= await createTestContext(kind);
    // A fresh organisation per test keeps each directory empty at the start.
    orgId = (await createOrganization(ctx, { name: 'Import' })).id;
  });
  afterAll(() => ctx.db.close());

  const all = async (id = orgId) => (await listEmployees(ctx, { orgId: id, limit: 100 })).data;
  const byEmail = async (email: string) => (await all()).find((e) => e.email === email);

  it('creates from JSON, reporting invalid rows by 1-based number with their zod errors, and applies the valid ones', async () => {
    const result = await importEmployees(ctx, {
      orgId,
      employees: [
        { email: 'ada@example.com', display_name: 'Ada', reference_photo: `data:image/png;base64,${PNG_1PX}` },
        { email: 'not-an-email', display_name: 'Bad' },
        { email: 'bob@example.com', display_name: 'Bob', phone: '0800 BOB' },
        'not an object',
        { email: 'carol@example.com', display_name: 'Carol', password: 'hunter2' },
        { email: 'dan@example.com', display_name: 'Dan', status: 'disabled' },
        { email: 'eve@example.com', display_name: 'Eve\u0000' },
      ],
    });
    expect(result.created).toBe(2);
    expect(result.updated).toBe(0);
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3, 4, 5, 7]);
    expect(result.rejected[0]!.errors).toEqual([{ path: ['email'], message: expect.any(String) }]);
    expect(result.rejected[1]!.errors).toEqual([{ path: ['phone'], message: expect.stringContaining('E.164') }]);
    expect(result.rejected[2]!.errors).toEqual([{ path: [], message: expect.any(String) }]);
    expect(result.rejected[3]!.errors[0]!.message).toContain('password');
    expect(result.rejected[4]!.errors).toEqual([
      { path: ['display_name'], message: 'must not contain NUL characters' },
    ]);
    expect((await all()).map((e) => e.email).sort()).toEqual(['ada@example.com', 'dan@example.com']);
    const ada = await byEmail('ada@example.com');
    expect(ada?.has_reference_photo).toBe(true);
    expect(await readReferencePhoto(ctx, { orgId, employeeId: ada!.id })).toMatchObject({ type: 'image/png' });
  });

  it('updates on email match, changing only the fields a JSON row gives', async () => {
    const existing = await createEmployee(ctx, {
      orgId,
      employee: CreateEmployeeRequest.parse({
        email: 'ada@example.com',
        display_name: 'Ada',
        phone: '+14155550100',
        department: 'R&D',
      }),
    });
    ctx.clock.advance(1_000);
    const result = await importEmployees(ctx, {
      orgId,
      employees: [
        { email: 'ADA@example.com', display_name: 'Ada L.', department: null },
        { email: 'new@example.com', display_name: 'New' },
      ],
    });
    expect(result).toEqual({ created: 1, updated: 1, rejected: [] });
    expect(await byEmail('ada@example.com')).toEqual({
      ...existing,
      display_name: 'Ada L.',
      department: null,
      updated_at: ctx.clock.now().toISOString(),
    });
  });

  it('imports CSV: bad rows reported, good rows applied, the header columns managed by the file', async () => {
    await createEmployee(ctx, {
      orgId,
      employee: CreateEmployeeRequest.parse({
        email: 'ada@example.com',
        display_name: 'Ada',
        phone: '+14155550100',
        login: 'ada',
        status: 'disabled',
      }),
    });
    const csv = [
      'email,display_name,phone,status',
      'ada@example.com,Ada Lovelace,,',
      'bob@example.com,Bob,+14155550102,active',
      'broken row',
      'carol@example.com,,+14155550103,',
      'dan@example.com,Dan,12345,',
      'eve@example.com,Eve,,retired',
      'ADA@example.com,Ada again,,',
    ].join('\n');
    const result = await importEmployees(ctx, { orgId, csv });
    expect(result.created).toBe(1);
    expect(result.updated).toBe(1);
    expect(result.rejected).toEqual([
      { row: 3, errors: [{ path: [], message: 'expected 4 cells like the header, found 1' }] },
      { row: 4, errors: [{ path: ['display_name'], message: expect.any(String) }] },
      { row: 5, errors: [{ path: ['phone'], message: expect.stringContaining('E.164') }] },
      { row: 6, errors: [{ path: ['status'], message: expect.any(String) }] },
      { row: 7, errors: [{ path: ['email'], message: 'the same email as row 1' }] },
    ]);
    // The empty phone cleared the phone; the empty status kept "disabled"; login is not in the file, so kept.
    expect(await byEmail('ada@example.com')).toMatchObject({
      display_name: 'Ada Lovelace',
      phone: null,
      status: 'disabled',
      login: 'ada',
    });
    expect(await byEmail('bob@example.com')).toMatchObject({ phone: '+14155550102', status: 'active' });
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows, CSV or JSON, without writing anything`, async () => {
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `e${i}@example.com,E ${i}`);
    await expect(importEmployees(ctx, { orgId, csv: `email,display_name\n${lines.join('\n')}` })).rejects.toMatchObject(
      {
        code: 'payload_too_large',
      },
    );
    const employees = lines.map((line) => ({ email: line.split(',')[0], display_name: 'E' }));
    await expect(importEmployees(ctx, { orgId, employees })).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    expect(await all()).toEqual([]);
  });

  it('imports many rows in batches', async () => {
    const employees = Array.from({ length: 1_234 }, (_, i) => ({
      email: `e${i}@example.com`,
      display_name: `E ${i}`,
      ...(i % 2 ? { department: 'Sales' } : {}),
    }));
    expect(await importEmployees(ctx, { orgId, employees })).toEqual({
      created: 1_234,
      updated: 0,
      rejected: [],
    });
    expect(await importEmployees(ctx, { orgId, employees })).toEqual({
      created: 0,
      updated: 1_234,
      rejected: [],
    });
    const [count] = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM employees WHERE org_id = $1', [
      orgId,
    ]);
    expect(count!.n).toBe(1_234);
  });

  it('applies all rows or none: a failure part-way rolls every row back', async () => {
    let statements = 0;
    const failing: Database = {
      ...ctx.db,
      transaction: (fn) =>
        ctx.db.transaction((tx) =>
          fn({
            query: async (sql, params) => {
              if (++statements === 2) throw new Error('connection lost');
              return tx.query(sql, params);
            },
          }),
        ),
    };
    // Two column sets make two statements; the second fails after the first wrote its row.
    const employees = [
      { email: 'a@example.com', display_name: 'A' },
      { email: 'b@example.com', display_name: 'B', department: 'Sales' },
    ];
    await expect(importEmployees({ ...ctx, db: failing }, { orgId, employees })).rejects.toThrow('connection lost');
    expect(statements).toBe(2);
    expect(await all()).toEqual([]);
  });

  it("updates only this organisation's employees, even with the same email elsewhere", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    await createEmployee(ctx, {
      orgId: other.id,
      employee: CreateEmployeeRequest.parse({ email: 'ada@example.com', display_name: 'Theirs' }),
    });
    expect(
      await importEmployees(ctx, { orgId, employees: [{ email: 'ada@example.com', display_name: 'Mine' }] }),
    ).toMatchObject({ created: 1 });
    expect((await all(other.id)).map((e) => e.display_name)).toEqual(['Theirs']);
  });
});
