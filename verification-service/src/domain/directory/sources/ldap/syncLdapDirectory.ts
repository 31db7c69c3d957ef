import type { LdapAttributeMap, LdapDisabledWhen, LdapSyncResult } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../../kernel/AppContext';
import { upsertSourcedEmployee } from '../upsertSourcedEmployee';
import { disableLdapEmployeesNotIn } from '../../employeesTable';
import { ldapEntryToEmployee } from './ldapEntryToEmployee';
import { ldapValue } from './ldapValue';
import { normalizeDn } from './normalizeDn';
import { readLdapEntries, type LdapConnection } from './readLdapEntries';

/** One LDAP directory to copy into an organisation's employees. */
export interface LdapSyncInput {
  orgId: string;
  connection: LdapConnection;
  filter: string;
  attributes: LdapAttributeMap;
  disabledWhen: LdapDisabledWhen | null;
}

/**
 * Reads every matching entry, then in one transaction creates or updates their employees (matched on
 * the external id, then the email) and disables, without deleting, the active employees an earlier
 * sync brought in that are no longer in the directory. Entries without a valid email, or whose email
 * another employee has, are reported. A directory that cannot be read changes nothing (it throws).
 */
export async function syncLdapDirectory(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: LdapSyncInput,
): Promise<LdapSyncResult> {
  const entries = await readLdapEntries(input.connection, {
    filter: input.filter,
    attributes: input.attributes,
    extra: input.disabledWhen ? [input.disabledWhen.attribute] : [],
  });
  const managerEmails = new Map<string, string>();
  for (const entry of entries) {
    const mail = ldapValue(entry, input.attributes.email);
    if (mail) managerEmails.set(normalizeDn(entry.dn), mail.toLowerCase());
  }
  const result: LdapSyncResult = { created: 0, updated: 0, disabled: 0, rejected: [] };
  await ctx.db.transaction(async (tx) => {
    const seen: string[] = [];
    for (const entry of entries) {
      const mapped = ldapEntryToEmployee(entry, {
        attributes: input.attributes,
        disabledWhen: input.disabledWhen,
        managerEmails,
      });
      if (!mapped.ok) {
        result.rejected.push({ dn: entry.dn, message: mapped.message });
        continue;
      }
      const upserted = await upsertSourcedEmployee(ctx, {
        tx,
        orgId: input.orgId,
        source: 'ldap',
        fields: mapped.fields,
      });
      if ('conflict' in upserted) {
        result.rejected.push({ dn: entry.dn, message: `${mapped.fields.email} belongs to another employee` });
        continue;
      }
      seen.push(upserted.row.id);
      if (upserted.created) result.created++;
      else result.updated++;
      if (mapped.fields.status === 'disabled') result.disabled++;
    }
    const gone = await disableLdapEmployeesNotIn(ctx, { tx, orgId: input.orgId, seenIds: seen, at: ctx.clock.now() });
    result.disabled += gone.length;
  });
  return result;
}
