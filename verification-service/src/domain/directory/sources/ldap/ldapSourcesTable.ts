import type { LdapAttributeMap, LdapDisabledWhen, LdapSyncResult } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../../../kernel/database';

/** An `ldap_sources` row as a sync reads it (the password still sealed with the service key). */
export interface LdapSourceRow {
  [column: string]: unknown;
  url: string;
  bind_dn: string;
  password_sealed: Uint8Array;
  base_dn: string;
  filter: string;
  attributes: LdapAttributeMap;
  disabled_when: LdapDisabledWhen | null;
  last_sync_at: Date | null;
  last_sync_result: LdapSyncResult | null;
}

/** What is written when a source is saved. */
export interface LdapSourceColumns {
  url: string;
  bindDn: string;
  passwordSealed: Uint8Array;
  baseDn: string;
  filter: string;
  attributes: LdapAttributeMap;
  disabledWhen: LdapDisabledWhen | null;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** The organisations with an LDAP source: the one query over every organisation, for the sync job. */
export async function listLdapSourceOrgIds(ctx: Db, input: Tx = {}): Promise<string[]> {
  const rows = await (input.tx ?? ctx.db).query<{ org_id: string }>('SELECT org_id FROM ldap_sources ORDER BY org_id');
  return rows.map((row) => row.org_id);
}

export async function findLdapSource(ctx: Db, input: Tx & { orgId: string }): Promise<LdapSourceRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<LdapSourceRow>(
    `SELECT url, bind_dn, password_sealed, base_dn, filter, attributes, disabled_when, last_sync_at, last_sync_result
       FROM ldap_sources WHERE org_id = $1`,
    [input.orgId],
  );
  return row;
}

/** Creates or replaces the organisation's source (its last sync is kept). */
export async function upsertLdapSource(
  ctx: Db,
  input: Tx & { orgId: string; source: LdapSourceColumns; at: Date },
): Promise<void> {
  const { source } = input;
  await (input.tx ?? ctx.db).query(
    `INSERT INTO ldap_sources (org_id, url, bind_dn, password_sealed, base_dn, filter, attributes, disabled_when, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     ON CONFLICT (org_id) DO UPDATE SET url = EXCLUDED.url, bind_dn = EXCLUDED.bind_dn, password_sealed = EXCLUDED.password_sealed,
       base_dn = EXCLUDED.base_dn, filter = EXCLUDED.filter, attributes = EXCLUDED.attributes, disabled_when = EXCLUDED.disabled_when,
       updated_at = EXCLUDED.updated_at`,
    [
      input.orgId,
      source.url,
      source.bindDn,
      source.passwordSealed,
      source.baseDn,
      source.filter,
      JSON.stringify(source.attributes),
      source.disabledWhen ? JSON.stringify(source.disabledWhen) : null,
      input.at,
    ],
  );
}

export async function recordLdapSync(
  ctx: Db,
  input: Tx & { orgId: string; at: Date; result: LdapSyncResult },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE ldap_sources SET last_sync_at = $2, last_sync_result = $3 WHERE org_id = $1',
    [input.orgId, input.at, JSON.stringify(input.result)],
  );
}
