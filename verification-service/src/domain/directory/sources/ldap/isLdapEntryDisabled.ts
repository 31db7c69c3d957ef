import type { Entry } from 'ldapts';
import type { LdapDisabledWhen } from '@helpdesk-verify/core-client/schemas';
import { ldapValue } from './ldapValue';

/** Whether the entry is disabled by the source's rule (no rule: never). */
export function isLdapEntryDisabled(entry: Entry, rule: LdapDisabledWhen | null): boolean {
  if (!rule) return false;
  const value = ldapValue(entry, rule.attribute);
  switch (rule.kind) {
    case 'present':
      return value !== null;
    case 'equals':
      return value !== null && value.toLowerCase() === rule.value.toLowerCase();
    case 'flag': {
      const flags = Number.parseInt(value ?? '', 10);
      return Number.isInteger(flags) && (flags & rule.bit) !== 0;
    }
  }
}
