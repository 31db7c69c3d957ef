import type { ConsoleUser } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { findConsoleUserRow, toConsoleUser } from './consoleUsersTable';

/** One console user of the organisation; 404 for an unknown id or another organisation's user. */
export async function getConsoleUser(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; id: string; now: Date; forUpdate?: boolean },
): Promise<ConsoleUser> {
  const row = await findConsoleUserRow(ctx, input);
  if (!row) throw notFound('console user', input.id);
  return toConsoleUser(row, input.now);
}
