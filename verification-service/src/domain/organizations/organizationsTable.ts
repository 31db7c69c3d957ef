import {
  ORGANIZATION_SETTINGS_DEFAULT,
  type Organization,
  type OrganizationSettings,
} from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';

/** The columns of `organizations` every read selects. */
const COLUMNS = 'id, name, settings, created_at';

/** An `organizations` row as the drivers return it. */
export interface OrganizationRow {
  [column: string]: unknown;
  id: string;
  name: string;
  settings: Partial<OrganizationSettings>;
  created_at: Date;
}

/** Stored settings over the defaults: a setting nobody changed reads as its default. */
export const settingsOf = (stored: Partial<OrganizationSettings>): OrganizationSettings => ({
  ...ORGANIZATION_SETTINGS_DEFAULT,
  ...stored,
});

/** The API shape of an organisation row. */
export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  settings: settingsOf(row.settings),
  created_at: row.created_at.toISOString(),
});

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertOrganization(ctx: Db, input: Tx & { id: string; name: string; at: Date }): Promise<void> {
  await (input.tx ?? ctx.db).query('INSERT INTO organizations (id, name, created_at) VALUES ($1, $2, $3)', [
    input.id,
    input.name,
    input.at,
  ]);
}

export async function findOrganization(ctx: Db, input: Tx & { id: string }): Promise<OrganizationRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<OrganizationRow>(
    `SELECT ${COLUMNS} FROM organizations WHERE id = $1`,
    [input.id],
  );
  return row;
}

/** Every organisation's id, oldest first. */
export async function listOrganizationIds(ctx: Db, input: Tx = {}): Promise<string[]> {
  const rows = await (input.tx ?? ctx.db).query<{ id: string }>('SELECT id FROM organizations ORDER BY created_at, id');
  return rows.map((row) => row.id);
}

/** The organisations whose settings keep verifications a number of days (`verification_retention_days`), with it. */
export async function listOrganizationRetentionDays(ctx: Db, input: Tx = {}): Promise<{ id: string; days: number }[]> {
  return (input.tx ?? ctx.db).query<{ id: string; days: number }>(
    `SELECT id, (settings->>'verification_retention_days')::int AS days FROM organizations
      WHERE jsonb_typeof(settings->'verification_retention_days') = 'number'`,
  );
}

/** Renames (when `name`) and merges `settings` into the stored ones; undefined for an unknown id. */
export async function updateOrganizationRow(
  ctx: Db,
  input: Tx & { id: string; name: string | null; settings: Partial<OrganizationSettings> },
): Promise<OrganizationRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<OrganizationRow>(
    `UPDATE organizations SET name = COALESCE($2, name), settings = settings || $3::jsonb
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [input.id, input.name, JSON.stringify(input.settings)],
  );
  return row;
}
