import type { Employee } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { getEmployee } from './getEmployee';
import { EMPLOYEE_COLUMNS, toEmployee, type EmployeeRow } from './toEmployee';

const hasHistory = (id: string) =>
  new ProblemError(
    'conflict',
    `Employee ${id} has verifications, which must keep their history: set "status": "disabled" instead of deleting`,
  );

/**
 * Removes an employee who has never been verified. One with verifications is refused with 409
 * `conflict` (their results and audit trail refer to them): disable them instead.
 */
export async function deleteEmployee(db: Queryable, input: { orgId: string; id: string }): Promise<Employee> {
  let rows: EmployeeRow[];
  try {
    rows = await db.query<EmployeeRow>(
      `DELETE FROM employees e WHERE e.org_id = $1 AND e.id = $2
         AND NOT EXISTS (SELECT 1 FROM verifications v WHERE v.org_id = $1 AND v.employee_id = e.id)
       RETURNING ${EMPLOYEE_COLUMNS}`,
      [input.orgId, input.id],
    );
  } catch (error) {
    // A verification started between the check and the delete: the foreign key has the last word.
    if (isForeignKeyViolation(error)) throw hasHistory(input.id);
    throw error;
  }
  const row = rows[0];
  if (row) return toEmployee(row);
  await getEmployee(db, input); // not_found when there is no such employee
  throw hasHistory(input.id);
}
