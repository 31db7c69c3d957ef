import type { Queryable } from '../../kernel/database';
import { findScimEmployeeRow, type ScimEmployeeRow } from '../../domain/directory/employeesTable';

/** An employee SCIM can see: any of the organisation's, unless SCIM deprovisioned it (DELETE). */
export async function findScimEmployee(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; id: string; forUpdate?: boolean },
): Promise<ScimEmployeeRow | null> {
  return (await findScimEmployeeRow(ctx, input)) ?? null;
}
