import type { Employee, EmployeeListQuery } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { Queryable } from '../../kernel/database';
import { toPage } from '../../infrastructure/storage/cursor';
import { listEmployeeRows, toEmployee } from './employeesTable';

/**
 * The organisation's employees, newest first. `status` filters; `q` matches a case-insensitive
 * substring of the email, login or display name (taken literally: `%` and `_` are not wildcards).
 */
export async function listEmployees(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string } & z.output<typeof EmployeeListQuery>,
): Promise<{ data: Employee[]; next_cursor: string | null }> {
  const rows = await listEmployeeRows(ctx, { ...input, q: input.q?.trim().toLowerCase() || undefined });
  return toPage(rows, input.limit, toEmployee);
}
