import type { LdapSourceSettings } from './LdapSourceSettings';
import { escapeLdapFilterValue } from './escapeLdapFilterValue';
import { isLdapEntryDisabled } from './isLdapEntryDisabled';
import { readLdapEntries } from './readLdapEntries';

/** What the directory says about one employee right now. */
export type LdapEmployeeStatus = { found: false } | { found: true; dn: string; disabled: boolean };

/**
 * Looks one employee up live, by external id when known (entryUUID, objectGUID), else by email,
 * within the source's filter. Throws when the directory cannot be reached or refuses the bind:
 * the caller decides (the employment proof fails closed).
 */
export async function lookupLdapEmployee(
  settings: LdapSourceSettings,
  employee: { external_id: string | null; email: string },
): Promise<LdapEmployeeStatus> {
  const [attribute, value] = employee.external_id
    ? [settings.attributes.external_id, employee.external_id]
    : [settings.attributes.email, employee.email];
  const entries = await readLdapEntries(settings.connection, {
    filter: `(&${settings.filter}(${attribute}=${escapeLdapFilterValue(attribute, value)}))`,
    attributes: settings.attributes,
    extra: settings.disabledWhen ? [settings.disabledWhen.attribute] : [],
    sizeLimit: 2,
  });
  const entry = entries[0];
  if (!entry || entries.length > 1) return { found: false };
  return { found: true, dn: entry.dn, disabled: isLdapEntryDisabled(entry, settings.disabledWhen) };
}
