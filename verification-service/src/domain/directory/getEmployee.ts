import type { Employee } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { EMPLOYEE_COLUMNS, toEmployee, type EmployeeRow } from './toEmployee';

/** One employee of the organisation; `not_found` for an unknown id or another organisation's. */
export async function getEmployee(db: Queryable, input: { orgId: string; id: string }): Promise<Employee> {
  const rows = await db.query<EmployeeRow>(
    `SELECT ${EMPLOYEE_COLUMNS} FROM employees e WHERE e.org_id = $1 AND e.id = $2`,
    [input.orgId, input.id],
  );
  const row = rows[0];
  if (!row) throw notFound('employee', input.id);
  return toEmployee(row);
}
