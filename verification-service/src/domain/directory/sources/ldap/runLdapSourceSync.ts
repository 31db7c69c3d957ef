import type { LdapSyncResult } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../../kernel/AppContext';
import { loadLdapSource } from './loadLdapSource';
import { syncLdapDirectory } from './syncLdapDirectory';
import { recordLdapSync } from './ldapSourcesTable';

/**
 * Syncs the organisation's stored LDAP source now and records when and what it did. Null when the
 * organisation has no LDAP source; throws (recording nothing) when the directory cannot be read.
 */
export async function runLdapSourceSync(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId' | 'key'>,
  input: { orgId: string },
): Promise<LdapSyncResult | null> {
  const { orgId } = input;
  const loaded = await loadLdapSource(ctx, { orgId });
  if (!loaded) return null;
  const { settings } = loaded;
  const result = await syncLdapDirectory(ctx, {
    orgId,
    connection: settings.connection,
    filter: settings.filter,
    attributes: settings.attributes,
    disabledWhen: settings.disabledWhen,
  });
  await recordLdapSync(ctx, { orgId, at: ctx.clock.now(), result });
  return result;
}
