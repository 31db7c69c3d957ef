import { z } from 'zod';
import { Timestamp } from './common';

/** Which LDAP attribute holds each employee field (defaults fit OpenLDAP inetOrgPerson). */
export const LdapAttributeMap = z
  .object({
    external_id: z
      .string()
      .min(1)
      .max(100)
      .default('entryUUID')
      .describe('entryUUID (OpenLDAP) or objectGUID (Active Directory)'),
    email: z.string().min(1).max(100).default('mail'),
    login: z.string().min(1).max(100).default('uid').describe('uid, or sAMAccountName / userPrincipalName'),
    display_name: z.string().min(1).max(100).default('displayName').describe('Preferred name'),
    legal_name: z.string().min(1).max(100).default('cn'),
    phone: z.string().min(1).max(100).default('mobile').describe('Work mobile'),
    manager: z.string().min(1).max(100).default('manager').describe("The manager's DN"),
    department: z
      .string()
      .min(1)
      .max(100)
      .default('departmentNumber')
      .describe('departmentNumber, or department in Active Directory'),
  })
  .strict();
export type LdapAttributeMap = z.output<typeof LdapAttributeMap>;

/** When a directory entry counts as disabled. */
export const LdapDisabledWhen = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('equals'), attribute: z.string().min(1).max(100), value: z.string().max(200) }).strict(),
  z
    .object({ kind: z.literal('present'), attribute: z.string().min(1).max(100).describe('e.g. pwdAccountLockedTime') })
    .strict(),
  z
    .object({
      kind: z.literal('flag'),
      attribute: z.string().min(1).max(100).default('userAccountControl'),
      bit: z.number().int().min(1).default(2).describe('Active Directory ACCOUNTDISABLE is 2'),
    })
    .strict(),
]);
export type LdapDisabledWhen = z.output<typeof LdapDisabledWhen>;

/** An organisation's LDAP directory; the password is write-only. */
export const PutLdapSourceRequest = z
  .object({
    url: z
      .string()
      .regex(/^ldaps?:\/\/[^\s]+$/, 'must be an ldap:// or ldaps:// URL')
      .max(500),
    bind_dn: z.string().min(1).max(500),
    password: z.string().min(1).max(500),
    base_dn: z.string().min(1).max(500),
    filter: z.string().min(1).max(1000).default('(objectClass=inetOrgPerson)'),
    attributes: LdapAttributeMap.default(LdapAttributeMap.parse({})),
    disabled_when: LdapDisabledWhen.nullable().default(null),
  })
  .strict();
export type PutLdapSourceRequest = z.input<typeof PutLdapSourceRequest>;

/** What one LDAP sync did. */
export const LdapSyncResult = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  disabled: z.number().int().min(0).describe('Active employees from this directory that left it or are disabled in it'),
  rejected: z.array(z.object({ dn: z.string(), message: z.string() })),
});
export type LdapSyncResult = z.infer<typeof LdapSyncResult>;

/** The stored LDAP source, without its password. */
export const LdapSource = PutLdapSourceRequest.omit({ password: true }).extend({
  last_sync_at: Timestamp.nullable(),
  last_sync_result: LdapSyncResult.nullable(),
});
export type LdapSource = z.infer<typeof LdapSource>;
