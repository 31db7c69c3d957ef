import type { AppContext } from '../../../../kernel/AppContext';
import { runLdapSourceSync } from './runLdapSourceSync';
import { listLdapSourceOrgIds } from './ldapSourcesTable';

/**
 * The periodic job: syncs every organisation's LDAP source, one after another. A directory that
 * fails is logged and the others still run.
 */
export async function syncAllLdapSources(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId' | 'key' | 'logger'>,
): Promise<void> {
  for (const orgId of await listLdapSourceOrgIds(ctx)) {
    try {
      const result = await runLdapSourceSync(ctx, { orgId });
      ctx.logger.info(
        { orgId, result: result && { ...result, rejected: result.rejected.length } },
        'LDAP directory synced',
      );
    } catch (error) {
      ctx.logger.warn(
        { orgId, err: error instanceof Error ? error.message : String(error) },
        'LDAP directory sync failed',
      );
    }
  }
}
