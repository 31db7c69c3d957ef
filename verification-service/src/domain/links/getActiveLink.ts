import type { Link } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { getLink } from './getLink';

/**
 * The Link a new verification will follow: `not_found` when the organisation has no such Link,
 * `invalid_state` when it is archived (archived Links start nothing new; existing verifications keep them).
 */
export async function getActiveLink(
  _ctx: Pick<AppContext, never>,
  db: Queryable,
  orgId: string,
  linkId: string,
): Promise<Link> {
  const link = await getLink(db, { orgId, id: linkId });
  if (link.archived)
    throw new ProblemError('invalid_state', `Link ${linkId} is archived and cannot start new verifications`);
  return link;
}
