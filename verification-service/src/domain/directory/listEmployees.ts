import type { Employee, EmployeeListQuery } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { Queryable } from '../../kernel/database';
import { cursorCondition, toPage } from '../../infrastructure/storage/cursor';
import { EMPLOYEE_COLUMNS, toEmployee, type EmployeeRow } from './toEmployee';

/**
 * The organisation's employees, newest first. `status` filters; `q` matches a case-insensitive
 * substring of the email, login or display name (taken literally: `%` and `_` are not wildcards).
 */
export async function listEmployees(
  db: Queryable,
  input: { orgId: string } & z.output<typeof EmployeeListQuery>,
): Promise<{ data: Employee[]; next_cursor: string | null }> {
  const params: unknown[] = [input.orgId];
  let where = 'e.org_id = $1';
  if (input.status) {
    params.push(input.status);
    where += ` AND e.status = $${params.length}`;
  }
  const q = input.q?.trim().toLowerCase();
  if (q) {
    params.push(q);
    const p = `$${params.length}`;
    where += ` AND (strpos(lower(e.email), ${p}) > 0 OR strpos(lower(coalesce(e.login, '')), ${p}) > 0 OR strpos(lower(e.display_name), ${p}) > 0)`;
  }
  where += cursorCondition(input.cursor, params, 'e');
  params.push(input.limit + 1);
  const rows = await db.query<EmployeeRow>(
    `SELECT ${EMPLOYEE_COLUMNS} FROM employees e WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, input.limit, toEmployee);
}
