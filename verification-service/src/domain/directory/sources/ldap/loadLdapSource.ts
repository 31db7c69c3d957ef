import type { LdapSource } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../../kernel/AppContext';
import type { Queryable } from '../../../../kernel/database';
import { LDAP_TIMEOUTS, type LdapSourceSettings } from './LdapSourceSettings';
import { findLdapSource } from './ldapSourcesTable';

/**
 * The organisation's LDAP source, or null (read through `tx` when given): `source` as the API shows it (no password) and
 * `settings` with the password decrypted, for a sync (`timeoutMs` defaults to the sync timeout).
 */
export async function loadLdapSource(
  ctx: Pick<AppContext, 'key'> & { db: Queryable },
  input: { tx?: Queryable; orgId: string; timeoutMs?: number },
): Promise<{ source: LdapSource; settings: LdapSourceSettings } | null> {
  const row = await findLdapSource(ctx, input);
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
        timeoutMs: input.timeoutMs ?? LDAP_TIMEOUTS.syncMs,
      },
      filter: row.filter,
      attributes: row.attributes,
      disabledWhen: row.disabled_when,
    },
  };
}
