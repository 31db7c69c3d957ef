import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { lockEnabledAdminIds } from './consoleUsersTable';

/**
 * Refuses (409) a change that would leave the organisation without an enabled admin: every enabled
 * admin row is locked first, so two admins demoting each other at once cannot both succeed.
 */
export async function assertAnotherAdminRemains(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; userId: string },
): Promise<void> {
  const admins = await lockEnabledAdminIds(ctx, input);
  if (admins.includes(input.userId) && admins.length <= 1) {
    throw new ProblemError('conflict', 'This is the last admin of the organisation: make another user admin first');
  }
}
