import type { Employee, EmployeeStatus } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';
import { cursorCondition } from '../../infrastructure/storage/cursor';

/**
 * The columns of `employees` every read selects: never the photo bytes, only whether there is one.
 * `e` is the table alias.
 */
const COLUMNS = `e.id, e.email, e.external_id, e.login, e.display_name, e.legal_name, e.personal_email, e.phone,
  e.personal_phone, e.manager_email, e.department, e.status, e.reference_photo IS NOT NULL AS has_reference_photo,
  e.reference_photo_type, e.created_at, e.updated_at`;

/** What SCIM reads: the columns above and the User document the identity provider last wrote. */
const SCIM_COLUMNS = `${COLUMNS}, e.scim_resource`;

/** An employee as stored (photo bytes left out; see `findReferencePhoto`). */
export interface EmployeeRow {
  [column: string]: unknown;
  id: string;
  email: string;
  external_id: string | null;
  login: string | null;
  display_name: string;
  legal_name: string | null;
  personal_email: string | null;
  phone: string | null;
  personal_phone: string | null;
  manager_email: string | null;
  department: string | null;
  status: EmployeeStatus;
  has_reference_photo: boolean;
  reference_photo_type: string | null;
  created_at: Date;
  updated_at: Date;
}

/** An employee as SCIM reads it. */
export type ScimEmployeeRow = EmployeeRow & { scim_resource: Record<string, unknown> | null };

/** Maps a row to the API's `Employee`: `has_reference_photo` tells there is a photo, which JSON never carries. */
export function toEmployee(row: EmployeeRow): Employee {
  return {
    id: row.id,
    email: row.email,
    external_id: row.external_id,
    login: row.login,
    display_name: row.display_name,
    legal_name: row.legal_name,
    personal_email: row.personal_email,
    phone: row.phone,
    personal_phone: row.personal_phone,
    manager_email: row.manager_email,
    department: row.department,
    status: row.status,
    has_reference_photo: row.has_reference_photo,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** `$1, $2, …` for `count` parameters. */
const placeholders = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `$${i + from}`).join(', ');

/** Inserts one employee from column values (column name to value, names as in the table). */
export async function insertEmployee(ctx: Db, input: Tx & { columns: Map<string, unknown> }): Promise<EmployeeRow> {
  const names = [...input.columns.keys()];
  const [row] = await (input.tx ?? ctx.db).query<EmployeeRow>(
    `INSERT INTO employees AS e (${names.join(', ')}) VALUES (${placeholders(names.length)}) RETURNING ${COLUMNS}`,
    [...input.columns.values()],
  );
  return row!;
}

/**
 * Inserts employees (each the same column names, in the same order), updating `updateColumns` of
 * an employee the organisation already has with that work email. Tells, per row, whether it was new.
 */
export async function upsertEmployeesByEmail(
  ctx: Db,
  input: Tx & { rows: Map<string, unknown>[]; updateColumns: readonly string[] },
): Promise<{ inserted: boolean }[]> {
  const names = [...input.rows[0]!.keys()];
  const params: unknown[] = [];
  const tuples = input.rows.map((row) => `(${[...row.values()].map((value) => `$${params.push(value)}`).join(', ')})`);
  const sets = input.updateColumns.map((c) => `${c} = EXCLUDED.${c}`);
  return (input.tx ?? ctx.db).query<{ inserted: boolean }>(
    `INSERT INTO employees AS e (${names.join(', ')}) VALUES ${tuples.join(', ')}
     ON CONFLICT (org_id, email) DO UPDATE SET ${sets.join(', ')}
     RETURNING (xmax = 0) AS inserted`,
    params,
  );
}

export async function findEmployeeRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<EmployeeRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<EmployeeRow>(
    `SELECT ${COLUMNS} FROM employees e WHERE e.org_id = $1 AND e.id = $2`,
    [input.orgId, input.id],
  );
  return row;
}

/** What the employment proof reads of an employee: how to find them in LDAP, their status, where they came from. */
export async function findEmploymentFacts(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<{ email: string; external_id: string | null; status: string; source: string | null } | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<{
    email: string;
    external_id: string | null;
    status: string;
    source: string | null;
  }>('SELECT email, external_id, status, source FROM employees WHERE org_id = $1 AND id = $2', [input.orgId, input.id]);
  return row;
}

/** Whether the organisation has an employee with this id. */
export async function employeeExists(ctx: Db, input: Tx & { orgId: string; id: string }): Promise<boolean> {
  const rows = await (input.tx ?? ctx.db).query('SELECT 1 FROM employees WHERE org_id = $1 AND id = $2', [
    input.orgId,
    input.id,
  ]);
  return rows.length === 1;
}

/** How an employee can be looked up on one stable id or contact. */
export type EmployeeMatch = 'id' | 'email' | 'personal_email' | 'login' | 'phone' | 'personal_phone';

const MATCH_SQL: Record<EmployeeMatch, string> = {
  id: 'e.id = $2',
  email: 'e.email = $2',
  personal_email: 'e.personal_email = $2',
  login: 'lower(e.login) = lower($2)',
  phone: 'e.phone = $2',
  personal_phone: 'e.personal_phone = $2',
};

/** Up to two employees matching `value` on `match` (two tell the match is ambiguous), oldest first. */
export async function findEmployeesMatching(
  ctx: Db,
  input: Tx & { orgId: string; match: EmployeeMatch; value: string },
): Promise<EmployeeRow[]> {
  return (input.tx ?? ctx.db).query<EmployeeRow>(
    `SELECT ${COLUMNS} FROM employees e WHERE e.org_id = $1 AND ${MATCH_SQL[input.match]} ORDER BY e.created_at, e.id LIMIT 2`,
    [input.orgId, input.value],
  );
}

/**
 * One page (`limit + 1` rows) of the organisation's employees, newest first. `status` filters; `q`
 * (lower case) matches a substring of the email, login or display name, taken literally.
 */
export async function listEmployeeRows(
  ctx: Db,
  input: Tx & {
    orgId: string;
    status?: EmployeeStatus | undefined;
    q?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<EmployeeRow[]> {
  const params: unknown[] = [input.orgId];
  let where = 'e.org_id = $1';
  if (input.status) {
    params.push(input.status);
    where += ` AND e.status = $${params.length}`;
  }
  if (input.q) {
    params.push(input.q);
    const p = `$${params.length}`;
    where += ` AND (strpos(lower(e.email), ${p}) > 0 OR strpos(lower(coalesce(e.login, '')), ${p}) > 0 OR strpos(lower(e.display_name), ${p}) > 0)`;
  }
  where += cursorCondition(input.cursor, params, 'e');
  params.push(input.limit + 1);
  return (input.tx ?? ctx.db).query<EmployeeRow>(
    `SELECT ${COLUMNS} FROM employees e WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT $${params.length}`,
    params,
  );
}

/** Sets the given columns; undefined for an unknown id and for another organisation's. */
export async function updateEmployeeColumns(
  ctx: Db,
  input: Tx & { orgId: string; id: string; columns: Map<string, unknown> },
): Promise<EmployeeRow | undefined> {
  const params: unknown[] = [input.orgId, input.id];
  const sets: string[] = [];
  for (const [column, value] of input.columns) {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  const [row] = await (input.tx ?? ctx.db).query<EmployeeRow>(
    `UPDATE employees e SET ${sets.join(', ')} WHERE e.org_id = $1 AND e.id = $2 RETURNING ${COLUMNS}`,
    params,
  );
  return row;
}

/**
 * Deletes an employee no verification refers to; undefined when nothing was deleted. A verification
 * started meanwhile fails it with a foreign-key violation.
 */
export async function deleteEmployeeWithoutHistory(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<EmployeeRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<EmployeeRow>(
    `DELETE FROM employees e WHERE e.org_id = $1 AND e.id = $2
       AND NOT EXISTS (SELECT 1 FROM verifications v WHERE v.org_id = $1 AND v.employee_id = e.id)
     RETURNING ${COLUMNS}`,
    [input.orgId, input.id],
  );
  return row;
}

/** The stored photo bytes and media type (either null when there is no photo); undefined for an unknown employee. */
export async function findReferencePhoto(
  ctx: Db,
  input: Tx & { orgId: string; employeeId: string },
): Promise<{ reference_photo: Uint8Array | null; reference_photo_type: string | null } | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<{
    reference_photo: Uint8Array | null;
    reference_photo_type: string | null;
  }>('SELECT reference_photo, reference_photo_type FROM employees WHERE org_id = $1 AND id = $2', [
    input.orgId,
    input.employeeId,
  ]);
  return row;
}

/** The id of the oldest employee with this external id. */
export async function findEmployeeIdByExternalId(
  ctx: Db,
  input: Tx & { orgId: string; externalId: string },
): Promise<string | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<{ id: string }>(
    'SELECT id FROM employees WHERE org_id = $1 AND external_id = $2 ORDER BY created_at LIMIT 1',
    [input.orgId, input.externalId],
  );
  return row?.id;
}

/** The id of the employee with this work email. */
export async function findEmployeeIdByEmail(
  ctx: Db,
  input: Tx & { orgId: string; email: string },
): Promise<string | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<{ id: string }>(
    'SELECT id FROM employees WHERE org_id = $1 AND email = $2',
    [input.orgId, input.email],
  );
  return row?.id;
}

/** Disables the active employees from LDAP that the last sync did not see; their ids. */
export async function disableLdapEmployeesNotIn(
  ctx: Db,
  input: Tx & { orgId: string; seenIds: string[]; at: Date },
): Promise<string[]> {
  const rows = await (input.tx ?? ctx.db).query<{ id: string }>(
    `UPDATE employees SET status = 'disabled', updated_at = $3
      WHERE org_id = $1 AND source = 'ldap' AND status = 'active' AND NOT (id = ANY($2::text[]))
      RETURNING id`,
    [input.orgId, input.seenIds, input.at],
  );
  return rows.map((row) => row.id);
}

/** An employee SCIM can see: any of the organisation's, unless SCIM deprovisioned it (DELETE). */
export async function findScimEmployeeRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string; forUpdate?: boolean },
): Promise<ScimEmployeeRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<ScimEmployeeRow>(
    `SELECT ${SCIM_COLUMNS} FROM employees e WHERE e.org_id = $1 AND e.id = $2 AND e.deprovisioned_at IS NULL${input.forUpdate ? ' FOR UPDATE' : ''}`,
    [input.orgId, input.id],
  );
  return row;
}

/** Attributes SCIM can filter on, as SQL over `e` (`$2` is the value). userName is the login, or the email when there is none. */
export const SCIM_FILTERS = {
  username: 'lower(coalesce(e.login, e.email)) = lower($2)',
  externalid: 'e.external_id = $2',
  id: 'e.id = $2',
  'emails.value': 'e.email = lower($2)',
  emails: 'e.email = lower($2)',
} as const;

export type ScimFilterAttribute = keyof typeof SCIM_FILTERS;

/** One page of the employees SCIM can see, oldest first (1-based `startIndex`), and how many there are in all. */
export async function listScimEmployeeRows(
  ctx: Db,
  input: Tx & {
    orgId: string;
    filter: { attribute: ScimFilterAttribute; value: string } | null;
    startIndex: number;
    count: number;
  },
): Promise<{ total: number; rows: ScimEmployeeRow[] }> {
  const q = input.tx ?? ctx.db;
  const params: unknown[] = [input.orgId];
  let where = 'e.org_id = $1 AND e.deprovisioned_at IS NULL';
  if (input.filter) {
    params.push(input.filter.value);
    where += ` AND ${SCIM_FILTERS[input.filter.attribute]}`;
  }
  const [counted] = await q.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM employees e WHERE ${where}`,
    params,
  );
  const rows = await q.query<ScimEmployeeRow>(
    `SELECT ${SCIM_COLUMNS} FROM employees e WHERE ${where} ORDER BY e.created_at, e.id LIMIT ${input.count} OFFSET ${input.startIndex - 1}`,
    params,
  );
  return { total: counted?.total ?? 0, rows };
}

/**
 * The other employees whose work email is `email`, or (among those SCIM can see) whose userName
 * (login, else email) is `userName`: whether SCIM deprovisioned each and whether it is the email that clashes.
 */
export async function findScimClashes(
  ctx: Db,
  input: Tx & { orgId: string; email: string; userName: string | null; exceptId: string | null },
): Promise<{ id: string; deprovisioned: boolean; same_email: boolean }[]> {
  return (input.tx ?? ctx.db).query<{ id: string; deprovisioned: boolean; same_email: boolean }>(
    `SELECT id, deprovisioned_at IS NOT NULL AS deprovisioned, email = $2 AS same_email FROM employees
      WHERE org_id = $1 AND (email = $2 OR (deprovisioned_at IS NULL AND lower(coalesce(login, email)) = lower($3))) AND id <> coalesce($4, '')`,
    [input.orgId, input.email, input.userName, input.exceptId],
  );
}

/** The email of the employee with this id, else of the one with this external id. */
export async function findEmailByIdOrExternalId(
  ctx: Db,
  input: Tx & { orgId: string; ref: string },
): Promise<string | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<{ email: string }>(
    'SELECT email FROM employees WHERE org_id = $1 AND (id = $2 OR external_id = $2) ORDER BY id = $2 DESC LIMIT 1',
    [input.orgId, input.ref],
  );
  return row?.email;
}

/** Sets the given columns and answers the row as SCIM reads it; undefined for an unknown id. */
export async function updateScimEmployeeColumns(
  ctx: Db,
  input: Tx & { orgId: string; id: string; values: Record<string, unknown> },
): Promise<ScimEmployeeRow | undefined> {
  const names = Object.keys(input.values);
  const [row] = await (input.tx ?? ctx.db).query<ScimEmployeeRow>(
    `UPDATE employees e SET ${names.map((n, i) => `${n} = $${i + 3}`).join(', ')} WHERE e.org_id = $1 AND e.id = $2 RETURNING ${SCIM_COLUMNS}`,
    [input.orgId, input.id, ...Object.values(input.values)],
  );
  return row;
}

/** Inserts one employee and answers the row as SCIM reads it. */
export async function insertScimEmployee(
  ctx: Db,
  input: Tx & { values: Record<string, unknown> },
): Promise<ScimEmployeeRow> {
  const names = Object.keys(input.values);
  const [row] = await (input.tx ?? ctx.db).query<ScimEmployeeRow>(
    `INSERT INTO employees AS e (${names.join(', ')}) VALUES (${placeholders(names.length)}) RETURNING ${SCIM_COLUMNS}`,
    Object.values(input.values),
  );
  return row!;
}

/** SCIM DELETE: disables the employee and hides it from SCIM; false when there was no such visible employee. */
export async function markEmployeeDeprovisioned(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date },
): Promise<boolean> {
  const rows = await (input.tx ?? ctx.db).query(
    `UPDATE employees SET status = 'disabled', deprovisioned_at = $3, updated_at = $3
      WHERE org_id = $1 AND id = $2 AND deprovisioned_at IS NULL RETURNING id`,
    [input.orgId, input.id, input.at],
  );
  return rows.length > 0;
}
