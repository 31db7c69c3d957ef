import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { findEmployeesMatching, type EmployeeMatch, type EmployeeRow } from './employeesTable';

/** How a caller names the employee (`EmployeeLookup` of the contract): any of the fields. */
export interface EmployeeLookupInput {
  employee_id?: string | undefined;
  email?: string | undefined;
  login_hint?: string | undefined;
  phone?: string | undefined;
}

/**
 * Finds the employee a verification is for, on stable ids and contacts only (never on names, which
 * differ between legal and preferred): the employee id, then the email (work, then personal), then
 * the login (case-insensitive), then the phone (work, then personal). The first step that names
 * exactly one employee wins; a step that matches several (a shared personal phone) is skipped, so
 * an ambiguous contact never picks someone. Disabled employees are found too: the caller decides.
 */
export async function findEmployee(
  ctx: Pick<AppContext, 'db' | 'logger'>,
  input: { tx?: Queryable; orgId: string; lookup: EmployeeLookupInput },
): Promise<EmployeeRow | null> {
  const { orgId, lookup } = input;
  const steps: { what: string; match: EmployeeMatch; value: string | undefined }[] = [
    { what: 'employee_id', match: 'id', value: lookup.employee_id },
    { what: 'work email', match: 'email', value: lookup.email?.trim().toLowerCase() },
    { what: 'personal email', match: 'personal_email', value: lookup.email?.trim().toLowerCase() },
    { what: 'login', match: 'login', value: lookup.login_hint?.trim() },
    { what: 'work phone', match: 'phone', value: lookup.phone?.trim() },
    { what: 'personal phone', match: 'personal_phone', value: lookup.phone?.trim() },
  ];
  for (const step of steps) {
    if (!step.value) continue;
    const rows = await findEmployeesMatching(ctx, { tx: input.tx, orgId, match: step.match, value: step.value });
    if (rows.length === 1) return rows[0]!;
    if (rows.length > 1)
      ctx.logger.warn({ orgId, match: step.what }, 'employee lookup matched several employees; not using it');
  }
  return null;
}
