import type { ConsoleUser, UpdateConsoleUserRequest } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { assertAnotherAdminRemains } from './assertAnotherAdminRemains';
import { getConsoleUser } from './getConsoleUser';
import { toConsoleUser, updateConsoleUserRow } from './consoleUsersTable';
import { revokeUserConsoleSessions } from './consoleSessionsTable';

/**
 * Renames a user, changes their role, disables them or ends their password lock-out; never the last
 * enabled admin out of admin. Disabling or a change of role ends the user's sessions (they sign in
 * again with the new role). Unlocking lets the real user back in after a stranger's guesses locked them out.
 */
export async function updateConsoleUser(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orgId: string; id: string; change: UpdateConsoleUserRequest },
): Promise<ConsoleUser> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const current = await getConsoleUser(ctx, { tx, orgId: input.orgId, id: input.id, now });
    const { name = current.name, role = current.role, disabled = current.disabled } = input.change;
    if (current.role === 'admin' && !current.disabled && (role !== 'admin' || disabled)) {
      await assertAnotherAdminRemains(ctx, { tx, orgId: input.orgId, userId: input.id });
    }
    const row = await updateConsoleUserRow(ctx, {
      tx,
      orgId: input.orgId,
      id: input.id,
      name,
      role,
      disabled,
      unlock: input.change.unlock === true,
      at: now,
    });
    if (role !== current.role || (disabled && !current.disabled)) {
      await revokeUserConsoleSessions(ctx, { tx, orgId: input.orgId, userId: input.id, at: now });
    }
    return toConsoleUser(row!, now);
  });
}
