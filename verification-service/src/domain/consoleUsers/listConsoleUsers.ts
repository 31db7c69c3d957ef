import type { ConsoleUser, PageQuery } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { toPage } from '../../infrastructure/storage/cursor';
import { listConsoleUserRows, toConsoleUser } from './consoleUsersTable';

/** The organisation's console users, newest first, disabled ones included. */
export async function listConsoleUsers(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; now: Date } & PageQuery,
): Promise<{ data: ConsoleUser[]; next_cursor: string | null }> {
  const rows = await listConsoleUserRows(ctx, input);
  return toPage(rows, input.limit, (row) => toConsoleUser(row, input.now));
}
