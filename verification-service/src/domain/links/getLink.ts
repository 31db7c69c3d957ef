import type { Link } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { LINK_COLUMNS, toLink, type LinkRow } from './toLink';

/** One Link of the organisation, archived or not; `not_found` for an unknown id or another organisation's. */
export async function getLink(db: Queryable, input: { orgId: string; id: string }): Promise<Link> {
  const rows = await db.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM links WHERE org_id = $1 AND id = $2`, [
    input.orgId,
    input.id,
  ]);
  const row = rows[0];
  if (!row) throw notFound('Link', input.id);
  return toLink(row);
}
