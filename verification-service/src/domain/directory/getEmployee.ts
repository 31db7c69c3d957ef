import type { Employee } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { findEmployeeRow, toEmployee } from './employeesTable';

/** One employee of the organisation; `not_found` for an unknown id or another organisation's. */
export async function getEmployee(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; id: string },
): Promise<Employee> {
  const row = await findEmployeeRow(ctx, input);
  if (!row) throw notFound('employee', input.id);
  return toEmployee(row);
}
