import type { Link } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { findLink, toLink } from './linksTable';

/** One Link of the organisation, archived or not; `not_found` for an unknown id or another organisation's. */
export async function getLink(db: Queryable, input: { orgId: string; id: string }): Promise<Link> {
  const row = await findLink({ db }, input);
  if (!row) throw notFound('Link', input.id);
  return toLink(row);
}
