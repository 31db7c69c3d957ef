import type { Employee, UpdateEmployeeRequest } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound, ProblemError } from '../../kernel/ProblemError';
import { duplicateEmail } from './createEmployee';
import { isUniqueViolation } from '../../infrastructure/storage/isUniqueViolation';
import { EMPLOYEE_COLUMNS, toEmployee, type EmployeeRow } from './toEmployee';
import { toEmployeeColumns } from './toEmployeeColumns';

/**
 * Changes the given fields of an employee (`null` clears one; `reference_photo: null` removes the
 * photo). Moving to a work email another employee has is a 409 `conflict`.
 */
export async function updateEmployee(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable,
  input: { orgId: string; id: string; changes: UpdateEmployeeRequest },
): Promise<Employee> {
  const converted = toEmployeeColumns(input.changes);
  if (!converted.valid)
    throw new ProblemError('validation_error', 'The employee cannot be stored as given', { errors: converted.errors });
  const params: unknown[] = [input.orgId, input.id];
  const sets: string[] = [];
  for (const [column, value] of [...converted.columns, ['updated_at', ctx.clock.now()] as const]) {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  let rows: EmployeeRow[];
  try {
    rows = await db.query<EmployeeRow>(
      `UPDATE employees e SET ${sets.join(', ')} WHERE e.org_id = $1 AND e.id = $2 RETURNING ${EMPLOYEE_COLUMNS}`,
      params,
    );
  } catch (error) {
    if (isUniqueViolation(error) && input.changes.email) throw duplicateEmail(input.changes.email);
    throw error;
  }
  const row = rows[0];
  if (!row) throw notFound('employee', input.id);
  return toEmployee(row);
}
