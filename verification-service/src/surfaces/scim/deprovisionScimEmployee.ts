import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { markEmployeeDeprovisioned } from '../../domain/directory/employeesTable';

/**
 * SCIM DELETE: the employee is disabled and hidden from SCIM, never deleted, so past verifications
 * keep who they were for. Returns false when there was no such user.
 */
export async function deprovisionScimEmployee(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { tx?: Queryable; orgId: string; id: string },
): Promise<boolean> {
  return markEmployeeDeprovisioned(ctx, { ...input, at: ctx.clock.now() });
}
