import type { Organization } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { findOrganization, toOrganization } from './organizationsTable';

/** The organisation itself (for the caller: the one their API key belongs to). */
export async function getOrganization(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string },
): Promise<Organization> {
  const row = await findOrganization(ctx, { tx: input.tx, id: input.orgId });
  if (!row) throw notFound('organization', input.orgId);
  return toOrganization(row);
}
