import type { Link, PageQuery } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { listLinkRows } from './linksTable';

/** The organisation's Links, newest first, archived ones included (they carry `archived: true`). */
export async function listLinks(
  db: Queryable,
  input: { orgId: string } & PageQuery,
): Promise<{ data: Link[]; next_cursor: string | null }> {
  return listLinkRows({ db }, input);
}
