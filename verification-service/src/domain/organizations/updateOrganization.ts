import type { Organization, UpdateOrganizationRequest } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { toOrganization, updateOrganizationRow } from './organizationsTable';

/** Renames the organisation and/or merges changed settings into the stored ones. */
export async function updateOrganization(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; changes: UpdateOrganizationRequest },
): Promise<Organization> {
  const row = await updateOrganizationRow(ctx, {
    tx: input.tx,
    id: input.orgId,
    name: input.changes.name ?? null,
    settings: input.changes.settings ?? {},
  });
  if (!row) throw notFound('organization', input.orgId);
  return toOrganization(row);
}
