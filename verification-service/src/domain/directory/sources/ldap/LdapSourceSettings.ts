import type { LdapAttributeMap, LdapDisabledWhen } from '@helpdesk-verify/core-client/schemas';
import type { LdapConnection } from './readLdapEntries';

/** An organisation's LDAP source as the service uses it (password decrypted). */
export interface LdapSourceSettings {
  connection: LdapConnection;
  filter: string;
  attributes: LdapAttributeMap;
  disabledWhen: LdapDisabledWhen | null;
}

/** Sync reads the whole directory; a live check during a verification must answer quickly. */
export const LDAP_TIMEOUTS = { syncMs: 30_000, lookupMs: 3_000 } as const;
