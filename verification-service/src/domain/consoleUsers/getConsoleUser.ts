import type { ConsoleUser } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { CONSOLE_USER_COLUMNS, toConsoleUser, type ConsoleUserRow } from './toConsoleUser';

/** One console user of the organisation; 404 for an unknown id or another organisation's user. */
export async function getConsoleUser(
  db: Queryable,
  input: { orgId: string; id: string; now: Date; forUpdate?: boolean },
): Promise<ConsoleUser> {
  const [row] = await db.query<ConsoleUserRow>(
    `SELECT ${CONSOLE_USER_COLUMNS} FROM console_users WHERE org_id = $1 AND id = $2${input.forUpdate ? ' FOR UPDATE' : ''}`,
    [input.orgId, input.id],
  );
  if (!row) throw notFound('console user', input.id);
  return toConsoleUser(row, input.now);
}
