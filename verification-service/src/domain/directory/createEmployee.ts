import type { CreateEmployeeRequest, Employee } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { isUniqueViolation } from '../../infrastructure/storage/isUniqueViolation';
import { insertEmployee, toEmployee } from './employeesTable';
import { toEmployeeColumns } from './toEmployeeColumns';

/** The 409 for a work email the organisation already has. */
export const duplicateEmail = (email: string): ProblemError =>
  new ProblemError('conflict', `An employee with the email ${email} already exists`, {
    errors: [{ path: ['email'], message: 'already in use' }],
  });

/** Adds an employee; the work email is unique in the organisation (409 `conflict` otherwise). */
export async function createEmployee(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { tx?: Queryable; orgId: string; employee: z.output<typeof CreateEmployeeRequest> },
): Promise<Employee> {
  const converted = toEmployeeColumns(input.employee);
  if (!converted.valid)
    throw new ProblemError('validation_error', 'The employee cannot be stored as given', { errors: converted.errors });
  const now = ctx.clock.now();
  const columns = new Map<string, unknown>([
    ['id', ctx.newId('emp')],
    ['org_id', input.orgId],
    ...converted.columns,
    ['created_at', now],
    ['updated_at', now],
  ]);
  try {
    return toEmployee(await insertEmployee(ctx, { tx: input.tx, columns }));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail(input.employee.email);
    throw error;
  }
}
