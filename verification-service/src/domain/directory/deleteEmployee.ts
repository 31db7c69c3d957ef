import type { Employee } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { getEmployee } from './getEmployee';
import { deleteEmployeeWithoutHistory, toEmployee, type EmployeeRow } from './employeesTable';

const hasHistory = (id: string) =>
  new ProblemError(
    'conflict',
    `Employee ${id} has verifications, which must keep their history: set "status": "disabled" instead of deleting`,
  );

/**
 * Removes an employee who has never been verified. One with verifications is refused with 409
 * `conflict` (their results and audit trail refer to them): disable them instead.
 */
export async function deleteEmployee(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; id: string },
): Promise<Employee> {
  let row: EmployeeRow | undefined;
  try {
    row = await deleteEmployeeWithoutHistory(ctx, input);
  } catch (error) {
    // A verification started between the check and the delete: the foreign key has the last word.
    if (isForeignKeyViolation(error)) throw hasHistory(input.id);
    throw error;
  }
  if (row) return toEmployee(row);
  await getEmployee(ctx, input); // not_found when there is no such employee
  throw hasHistory(input.id);
}
