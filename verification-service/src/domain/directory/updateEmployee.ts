import type { Employee, UpdateEmployeeRequest } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound, ProblemError } from '../../kernel/ProblemError';
import { duplicateEmail } from './createEmployee';
import { isUniqueViolation } from '../../infrastructure/storage/isUniqueViolation';
import { toEmployee, updateEmployeeColumns, type EmployeeRow } from './employeesTable';
import { toEmployeeColumns } from './toEmployeeColumns';

/**
 * Changes the given fields of an employee (`null` clears one; `reference_photo: null` removes the
 * photo). Moving to a work email another employee has is a 409 `conflict`.
 */
export async function updateEmployee(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { tx?: Queryable; orgId: string; id: string; changes: UpdateEmployeeRequest },
): Promise<Employee> {
  const converted = toEmployeeColumns(input.changes);
  if (!converted.valid)
    throw new ProblemError('validation_error', 'The employee cannot be stored as given', { errors: converted.errors });
  const columns = new Map([...converted.columns, ['updated_at', ctx.clock.now()]]);
  let row: EmployeeRow | undefined;
  try {
    row = await updateEmployeeColumns(ctx, { tx: input.tx, orgId: input.orgId, id: input.id, columns });
  } catch (error) {
    if (isUniqueViolation(error) && input.changes.email) throw duplicateEmail(input.changes.email);
    throw error;
  }
  if (!row) throw notFound('employee', input.id);
  return toEmployee(row);
}
