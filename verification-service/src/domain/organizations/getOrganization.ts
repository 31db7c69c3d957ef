import {
  ORGANIZATION_SETTINGS_DEFAULT,
  type Organization,
  type OrganizationSettings,
} from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';

export interface OrganizationRow {
  id: string;
  name: string;
  settings: Partial<OrganizationSettings>;
  created_at: Date;
  [key: string]: unknown;
}

/** Stored settings over the defaults: a setting nobody changed reads as its default. */
export const settingsOf = (stored: Partial<OrganizationSettings>): OrganizationSettings => ({
  ...ORGANIZATION_SETTINGS_DEFAULT,
  ...stored,
});

export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  settings: settingsOf(row.settings),
  created_at: row.created_at.toISOString(),
});

/** The organisation itself (for the caller: the one their API key belongs to). */
export async function getOrganization(db: Queryable, input: { orgId: string }): Promise<Organization> {
  const rows = await db.query<OrganizationRow>(
    'SELECT id, name, settings, created_at FROM organizations WHERE id = $1',
    [input.orgId],
  );
  const row = rows[0];
  if (!row) throw notFound('organization', input.orgId);
  return toOrganization(row);
}
