import type { Organization, UpdateOrganizationRequest } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { toOrganization, type OrganizationRow } from './getOrganization';

/** Renames the organisation and/or merges changed settings into the stored ones. */
export async function updateOrganization(
  db: Queryable,
  input: { orgId: string; changes: UpdateOrganizationRequest },
): Promise<Organization> {
  const rows = await db.query<OrganizationRow>(
    `UPDATE organizations SET name = COALESCE($2, name), settings = settings || $3::jsonb
     WHERE id = $1 RETURNING id, name, settings, created_at`,
    [input.orgId, input.changes.name ?? null, JSON.stringify(input.changes.settings ?? {})],
  );
  const row = rows[0];
  if (!row) throw notFound('organization', input.orgId);
  return toOrganization(row);
}
