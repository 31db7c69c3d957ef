import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';

/**
 * Refuses (409) a change that would leave the organisation without an enabled admin: every enabled
 * admin row is locked first, so two admins demoting each other at once cannot both succeed.
 */
export async function assertAnotherAdminRemains(
  tx: Queryable,
  input: { orgId: string; userId: string },
): Promise<void> {
  const admins = await tx.query<{ id: string }>(
    "SELECT id FROM console_users WHERE org_id = $1 AND role = 'admin' AND disabled = false ORDER BY id FOR UPDATE",
    [input.orgId],
  );
  if (admins.some((a) => a.id === input.userId) && admins.length <= 1) {
    throw new ProblemError('conflict', 'This is the last admin of the organisation: make another user admin first');
  }
}
