import type { LdapSyncResult } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../../kernel/AppContext';
import { loadLdapSource } from './loadLdapSource';
import { syncLdapDirectory } from './syncLdapDirectory';

/**
 * Syncs the organisation's stored LDAP source now and records when and what it did. Null when the
 * organisation has no LDAP source; throws (recording nothing) when the directory cannot be read.
 */
export async function runLdapSourceSync(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId' | 'key'>,
  orgId: string,
): Promise<LdapSyncResult | null> {
  const loaded = await loadLdapSource(ctx, ctx.db, orgId);
  if (!loaded) return null;
  const { settings } = loaded;
  const result = await syncLdapDirectory(ctx, {
    orgId,
    connection: settings.connection,
    filter: settings.filter,
    attributes: settings.attributes,
    disabledWhen: settings.disabledWhen,
  });
  await ctx.db.query('UPDATE ldap_sources SET last_sync_at = $2, last_sync_result = $3 WHERE org_id = $1', [
    orgId,
    ctx.clock.now(),
    JSON.stringify(result),
  ]);
  return result;
}
