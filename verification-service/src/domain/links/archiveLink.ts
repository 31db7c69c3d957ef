import type { Link } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { LINK_COLUMNS, toLink, type LinkRow } from './toLink';

/**
 * Archives a Link instead of deleting it: verifications that follow it keep referring to it, new
 * ones cannot start from it. Archiving twice changes nothing.
 */
export async function archiveLink(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable,
  input: { orgId: string; id: string },
): Promise<Link> {
  const rows = await db.query<LinkRow>(
    `UPDATE links SET archived = true, updated_at = CASE WHEN archived THEN updated_at ELSE $3 END
     WHERE org_id = $1 AND id = $2 RETURNING ${LINK_COLUMNS}`,
    [input.orgId, input.id, ctx.clock.now()],
  );
  const row = rows[0];
  if (!row) throw notFound('Link', input.id);
  return toLink(row);
}
