import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { EMPLOYEE_COLUMNS, type EmployeeRow } from './toEmployee';

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
  ctx: Pick<AppContext, 'logger'>,
  db: Queryable,
  orgId: string,
  lookup: EmployeeLookupInput,
): Promise<EmployeeRow | null> {
  const steps: { what: string; where: string; value: string | undefined }[] = [
    { what: 'employee_id', where: 'e.id = $2', value: lookup.employee_id },
    { what: 'work email', where: 'e.email = $2', value: lookup.email?.trim().toLowerCase() },
    { what: 'personal email', where: 'e.personal_email = $2', value: lookup.email?.trim().toLowerCase() },
    { what: 'login', where: 'lower(e.login) = lower($2)', value: lookup.login_hint?.trim() },
    { what: 'work phone', where: 'e.phone = $2', value: lookup.phone?.trim() },
    { what: 'personal phone', where: 'e.personal_phone = $2', value: lookup.phone?.trim() },
  ];
  for (const step of steps) {
    if (!step.value) continue;
    const rows = await db.query<EmployeeRow>(
      `SELECT ${EMPLOYEE_COLUMNS} FROM employees e WHERE e.org_id = $1 AND ${step.where} ORDER BY e.created_at, e.id LIMIT 2`,
      [orgId, step.value],
    );
    if (rows.length === 1) return rows[0]!;
    if (rows.length > 1)
      ctx.logger.warn({ orgId, match: step.what }, 'employee lookup matched several employees; not using it');
  }
  return null;
}
