import type { ConsoleUser, PageQuery } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { cursorCondition, toPage } from '../../infrastructure/storage/cursor';
import { CONSOLE_USER_COLUMNS, toConsoleUser, type ConsoleUserRow } from './toConsoleUser';

/** The organisation's console users, newest first, disabled ones included. */
export async function listConsoleUsers(
  db: Queryable,
  input: { orgId: string; now: Date } & PageQuery,
): Promise<{ data: ConsoleUser[]; next_cursor: string | null }> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  const rows = await db.query<ConsoleUserRow>(
    `SELECT ${CONSOLE_USER_COLUMNS} FROM console_users WHERE org_id = $1${after} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, input.limit, (row) => toConsoleUser(row, input.now));
}
