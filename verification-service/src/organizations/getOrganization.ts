import type { Organization } from '@helpdesk-verify/core-client';
import type { Queryable } from '../storage/database';
import { notFound } from '../http/ProblemError';

/** The organisation itself (for the caller: the one their API key belongs to). */
export async function getOrganization(db: Queryable, input: { orgId: string }): Promise<Organization> {
  const rows = await db.query<{ id: string; name: string; created_at: Date }>('SELECT id, name, created_at FROM organizations WHERE id = $1', [
    input.orgId,
  ]);
  const row = rows[0];
  if (!row) throw notFound('organization', input.orgId);
  return { id: row.id, name: row.name, created_at: row.created_at.toISOString() };
}
