import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';

/**
 * SCIM DELETE: the employee is disabled and hidden from SCIM, never deleted, so past verifications
 * keep who they were for. Returns false when there was no such user.
 */
export async function deprovisionScimEmployee(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable,
  input: { orgId: string; id: string },
): Promise<boolean> {
  const now = ctx.clock.now();
  const rows = await db.query(
    `UPDATE employees SET status = 'disabled', deprovisioned_at = $3, updated_at = $3
      WHERE org_id = $1 AND id = $2 AND deprovisioned_at IS NULL RETURNING id`,
    [input.orgId, input.id, now],
  );
  return rows.length > 0;
}
