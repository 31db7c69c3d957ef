import type { Link, PageQuery } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { cursorCondition, toPage } from '../../infrastructure/storage/cursor';
import { LINK_COLUMNS, toLink, type LinkRow } from './toLink';

/** The organisation's Links, newest first, archived ones included (they carry `archived: true`). */
export async function listLinks(
  db: Queryable,
  input: { orgId: string } & PageQuery,
): Promise<{ data: Link[]; next_cursor: string | null }> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  const rows = await db.query<LinkRow>(
    `SELECT ${LINK_COLUMNS} FROM links WHERE org_id = $1${after}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, input.limit, toLink);
}
