import type { Entry } from 'ldapts';
import { Email, PhoneNumber, type LdapAttributeMap, type LdapDisabledWhen } from '@helpdesk-verify/core-client/schemas';
import type { SourcedEmployeeFields } from '../upsertSourcedEmployee';
import { isLdapEntryDisabled } from './isLdapEntryDisabled';
import { ldapValue } from './ldapValue';
import { normalizeDn } from './normalizeDn';

/** `+1 (415) 555-0100` → `+14155550100`; anything that is still not E.164 is dropped. */
function toE164(phone: string | null): string | null {
  if (!phone) return null;
  const compact = phone.replace(/[\s().-]/g, '');
  return PhoneNumber.safeParse(compact).success ? compact : null;
}

const clip = (text: string | null, max = 200) => (text === null ? null : text.slice(0, max));

/**
 * The employee a directory entry describes: the preferred name from `display_name` (falling back to
 * the legal `cn`), the manager's email through `managerEmails` (keyed by {@link normalizeDn}).
 * An entry without a valid email cannot be matched and is refused with a reason.
 */
export function ldapEntryToEmployee(
  entry: Entry,
  options: {
    attributes: LdapAttributeMap;
    disabledWhen: LdapDisabledWhen | null;
    managerEmails: ReadonlyMap<string, string>;
  },
): { ok: true; fields: SourcedEmployeeFields } | { ok: false; message: string } {
  const { attributes } = options;
  const email = Email.safeParse(ldapValue(entry, attributes.email) ?? '');
  if (!email.success) return { ok: false, message: `no valid ${attributes.email}` };
  const legal = ldapValue(entry, attributes.legal_name);
  const preferred = ldapValue(entry, attributes.display_name) ?? legal ?? email.data;
  const managerDn = ldapValue(entry, attributes.manager);
  return {
    ok: true,
    fields: {
      email: email.data,
      external_id: clip(ldapValue(entry, attributes.external_id)),
      login: clip(ldapValue(entry, attributes.login)),
      display_name: clip(preferred)!,
      legal_name: clip(legal),
      phone: toE164(ldapValue(entry, attributes.phone)),
      manager_email: managerDn ? (options.managerEmails.get(normalizeDn(managerDn)) ?? null) : null,
      department: clip(ldapValue(entry, attributes.department)),
      status: isLdapEntryDisabled(entry, options.disabledWhen) ? 'disabled' : 'active',
    },
  };
}
