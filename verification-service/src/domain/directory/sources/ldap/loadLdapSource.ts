import type { LdapAttributeMap, LdapDisabledWhen, LdapSource, LdapSyncResult } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../../kernel/AppContext';
import type { Queryable } from '../../../../kernel/database';
import { LDAP_TIMEOUTS, type LdapSourceSettings } from './LdapSourceSettings';

type LdapSourceRow = {
  url: string;
  bind_dn: string;
  password_sealed: Uint8Array;
  base_dn: string;
  filter: string;
  attributes: LdapAttributeMap;
  disabled_when: LdapDisabledWhen | null;
  last_sync_at: Date | null;
  last_sync_result: LdapSyncResult | null;
};

/**
 * The organisation's LDAP source, or null (read through `db`, which may be an open transaction): `source` as the API shows it (no password) and
 * `settings` with the password decrypted, for a sync (`timeoutMs` defaults to the sync timeout).
 */
export async function loadLdapSource(
  ctx: Pick<AppContext, 'key'>,
  db: Queryable,
  orgId: string,
  options: { timeoutMs?: number } = {},
): Promise<{ source: LdapSource; settings: LdapSourceSettings } | null> {
  const [row] = await db.query<LdapSourceRow>(
    `SELECT url, bind_dn, password_sealed, base_dn, filter, attributes, disabled_when, last_sync_at, last_sync_result
       FROM ldap_sources WHERE org_id = $1`,
    [orgId],
  );
  if (!row) return null;
  return {
    source: {
      url: row.url,
      bind_dn: row.bind_dn,
      base_dn: row.base_dn,
      filter: row.filter,
      attributes: row.attributes,
      disabled_when: row.disabled_when,
      last_sync_at: row.last_sync_at?.toISOString() ?? null,
      last_sync_result: row.last_sync_result,
    },
    settings: {
      connection: {
        url: row.url,
        bindDn: row.bind_dn,
        password: ctx.key.decrypt(row.password_sealed),
        baseDn: row.base_dn,
        timeoutMs: options.timeoutMs ?? LDAP_TIMEOUTS.syncMs,
      },
      filter: row.filter,
      attributes: row.attributes,
      disabledWhen: row.disabled_when,
    },
  };
}
