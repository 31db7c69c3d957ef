import type { ConsoleUser } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { assertAnotherAdminRemains } from './assertAnotherAdminRemains';
import { deleteConsoleUserRow } from './consoleUsersTable';
import { deleteUserConsoleSessions } from './consoleSessionsTable';
import { getConsoleUser } from './getConsoleUser';

/** Removes a console user and their sessions; never the last enabled admin. Audit entries keep their id. */
export async function deleteConsoleUser(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orgId: string; id: string },
): Promise<ConsoleUser> {
  return ctx.db.transaction(async (tx) => {
    const user = await getConsoleUser(ctx, { tx, orgId: input.orgId, id: input.id, now: ctx.clock.now() });
    if (user.role === 'admin' && !user.disabled)
      await assertAnotherAdminRemains(ctx, { tx, orgId: input.orgId, userId: input.id });
    await deleteUserConsoleSessions(ctx, { tx, orgId: input.orgId, userId: input.id });
    await deleteConsoleUserRow(ctx, { tx, orgId: input.orgId, id: input.id });
    return user;
  });
}
