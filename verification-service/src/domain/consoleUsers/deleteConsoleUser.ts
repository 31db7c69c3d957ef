import type { ConsoleUser } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { assertAnotherAdminRemains } from './assertAnotherAdminRemains';
import { getConsoleUser } from './getConsoleUser';

/** Removes a console user and their sessions; never the last enabled admin. Audit entries keep their id. */
export async function deleteConsoleUser(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orgId: string; id: string },
): Promise<ConsoleUser> {
  return ctx.db.transaction(async (tx) => {
    const user = await getConsoleUser(tx, { orgId: input.orgId, id: input.id, now: ctx.clock.now() });
    if (user.role === 'admin' && !user.disabled)
      await assertAnotherAdminRemains(tx, { orgId: input.orgId, userId: input.id });
    await tx.query('DELETE FROM console_sessions WHERE org_id = $1 AND user_id = $2', [input.orgId, input.id]);
    await tx.query('DELETE FROM console_users WHERE org_id = $1 AND id = $2', [input.orgId, input.id]);
    return user;
  });
}
