import { CreateEmployeeRequest, type ImportEmployeesResult } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { upsertEmployeesByEmail } from './employeesTable';
import { ProblemError } from '../../kernel/ProblemError';
import { zodIssuesToFieldErrors } from '../../infrastructure/http/zodIssuesToFieldErrors';
import { MAX_IMPORT_ROWS, parseEmployeeCsv, type EmployeeImportRow } from './parseEmployeeCsv';
import { toEmployeeColumns } from './toEmployeeColumns';

/** A valid row, ready to write. */
interface PreparedRow {
  /** Every column, for a new employee (schema defaults for what the row leaves out). */
  insert: Map<string, unknown>;
  /** The columns the row gave, the only ones an existing employee gets changed. */
  update: string[];
}

type Rejected = ImportEmployeesResult['rejected'][number];

/** Rows per INSERT: about 8,500 parameters, well under PostgreSQL's 65,535. */
const BATCH_SIZE = 500;

/** Groups rows that change the same columns (one statement can only have one SET list), in batches. */
function batchesOf(rows: readonly PreparedRow[]): PreparedRow[][] {
  const groups = new Map<string, PreparedRow[]>();
  for (const row of rows) {
    const key = [...row.insert.keys(), '|', ...row.update].join(',');
    const group = groups.get(key) ?? [];
    if (group.length === 0) groups.set(key, group);
    group.push(row);
  }
  const batches: PreparedRow[][] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += BATCH_SIZE) batches.push(group.slice(i, i + BATCH_SIZE));
  }
  return batches;
}

/** The columns a row explicitly gives (`reference_photo` stands for its two columns). */
function givenColumns(input: unknown): Set<string> {
  const given = new Set<string>();
  if (typeof input !== 'object' || input === null) return given;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'reference_photo') given.add('reference_photo').add('reference_photo_type');
    else given.add(key);
  }
  return given;
}

/**
 * Creates or updates employees matched on work email, from JSON (`employees`) or CSV (`csv`).
 * Each row is validated with `CreateEmployeeRequest`; rows that fail are reported with their 1-based
 * number and field errors while the valid rows are still applied, all in one transaction. An
 * existing employee only gets the fields its row gives (CSV: the header's columns). A second row
 * with an email already seen in the same import is rejected. More than {@link MAX_IMPORT_ROWS} rows
 * is a `payload_too_large` problem and changes nothing.
 */
export async function importEmployees(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { orgId: string } & ({ employees: readonly unknown[] } | { csv: string }),
): Promise<ImportEmployeesResult> {
  const rows: EmployeeImportRow[] =
    'csv' in input ? parseEmployeeCsv(input.csv) : input.employees.map((raw) => ({ input: raw }));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ProblemError('payload_too_large', `An import takes at most ${MAX_IMPORT_ROWS} employees; split it`);
  }
  const now = ctx.clock.now();
  const rejected: Rejected[] = [];
  const prepared: PreparedRow[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((item, index) => {
    const row = index + 1;
    if ('errors' in item) return void rejected.push({ row, errors: item.errors });
    const parsed = CreateEmployeeRequest.safeParse(item.input);
    if (!parsed.success) return void rejected.push({ row, errors: zodIssuesToFieldErrors(parsed.error.issues) });
    const employee = parsed.data;
    const earlier = firstRowOf.get(employee.email);
    if (earlier !== undefined) {
      return void rejected.push({ row, errors: [{ path: ['email'], message: `the same email as row ${earlier}` }] });
    }
    const converted = toEmployeeColumns(employee);
    if (!converted.valid) return void rejected.push({ row, errors: converted.errors });
    firstRowOf.set(employee.email, row);
    const given = givenColumns(item.input);
    prepared.push({
      insert: new Map<string, unknown>([
        ['id', ctx.newId('emp')],
        ['org_id', input.orgId],
        ...converted.columns,
        ['created_at', now],
        ['updated_at', now],
      ]),
      update: [...converted.columns.keys()].filter((c) => c !== 'email' && given.has(c)),
    });
  });

  let created = 0;
  let updated = 0;
  await ctx.db.transaction(async (tx) => {
    for (const batch of batchesOf(prepared)) {
      const results = await upsertEmployeesByEmail(ctx, {
        tx,
        rows: batch.map((row) => row.insert),
        updateColumns: [...batch[0]!.update, 'updated_at'],
      });
      for (const result of results) {
        if (result.inserted) created++;
        else updated++;
      }
    }
  });
  return { created, updated, rejected };
}
