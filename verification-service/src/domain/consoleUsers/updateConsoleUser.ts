import type { ConsoleUser, UpdateConsoleUserRequest } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { assertAnotherAdminRemains } from './assertAnotherAdminRemains';
import { getConsoleUser } from './getConsoleUser';
import { CONSOLE_USER_COLUMNS, toConsoleUser, type ConsoleUserRow } from './toConsoleUser';

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
    const current = await getConsoleUser(tx, { orgId: input.orgId, id: input.id, now });
    const { name = current.name, role = current.role, disabled = current.disabled } = input.change;
    if (current.role === 'admin' && !current.disabled && (role !== 'admin' || disabled)) {
      await assertAnotherAdminRemains(tx, { orgId: input.orgId, userId: input.id });
    }
    const [row] = await tx.query<ConsoleUserRow>(
      `UPDATE console_users SET name = $3, role = $4, disabled = $5, updated_at = $6,
         failed_sign_ins = CASE WHEN $7::boolean THEN 0 ELSE failed_sign_ins END,
         locked_until = CASE WHEN $7::boolean THEN NULL ELSE locked_until END
       WHERE org_id = $1 AND id = $2 RETURNING ${CONSOLE_USER_COLUMNS}`,
      [input.orgId, input.id, name, role, disabled, now, input.change.unlock === true],
    );
    if (role !== current.role || (disabled && !current.disabled)) {
      await tx.query(
        'UPDATE console_sessions SET revoked_at = $3 WHERE org_id = $1 AND user_id = $2 AND revoked_at IS NULL',
        [input.orgId, input.id, now],
      );
    }
    return toConsoleUser(row!, now);
  });
}
