import type { Queryable } from '../../kernel/database';
import type { ScimEmployeeRow } from './employeeToScimUser';
import { SCIM_EMPLOYEE_COLUMNS } from './scimEmployeeColumns';

/** An employee SCIM can see: any of the organisation's, unless SCIM deprovisioned it (DELETE). */
export async function findScimEmployee(
  db: Queryable,
  orgId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ScimEmployeeRow | null> {
  const [row] = await db.query<ScimEmployeeRow>(
    `SELECT ${SCIM_EMPLOYEE_COLUMNS} FROM employees e WHERE e.org_id = $1 AND e.id = $2 AND e.deprovisioned_at IS NULL${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [orgId, id],
  );
  return row ?? null;
}
