import type { Link } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { markLinkArchived, toLink } from './linksTable';

/**
 * Archives a Link instead of deleting it: verifications that follow it keep referring to it, new
 * ones cannot start from it. Archiving twice changes nothing.
 */
export async function archiveLink(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable,
  input: { orgId: string; id: string },
): Promise<Link> {
  const row = await markLinkArchived({ db }, { ...input, at: ctx.clock.now() });
  if (!row) throw notFound('Link', input.id);
  return toLink(row);
}
