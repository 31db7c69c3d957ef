import { SCIM_SCHEMAS } from '@helpdesk-verify/core-client/schemas';
import type { ScimEmployeeRow } from '../../domain/directory/employeesTable';

/** An employee row with what SCIM keeps of it. */
/**
 * The SCIM User of an employee: what the identity provider last wrote (never a password), with
 * our id, the directory's current values for the mapped attributes, `active` as a real boolean and
 * `meta`. Employees not provisioned by SCIM are shown from their directory fields.
 */
export function employeeToScimUser(row: ScimEmployeeRow, baseUrl: string): Record<string, unknown> {
  const stored = { ...(row.scim_resource ?? {}) };
  delete stored.password;
  const enterpriseKey = Object.keys(stored).find((k) => k.toLowerCase() === SCIM_SCHEMAS.enterpriseUser.toLowerCase());
  const hasEnterprise = enterpriseKey !== undefined || row.department !== null;
  return {
    ...stored,
    schemas: hasEnterprise ? [SCIM_SCHEMAS.user, SCIM_SCHEMAS.enterpriseUser] : [SCIM_SCHEMAS.user],
    id: row.id,
    ...(row.external_id ? { externalId: row.external_id } : {}),
    userName: row.login ?? row.email,
    displayName: row.display_name,
    ...(stored.name ? {} : row.legal_name ? { name: { formatted: row.legal_name } } : {}),
    emails:
      Array.isArray(stored.emails) && stored.emails.length > 0
        ? stored.emails
        : [{ value: row.email, type: 'work', primary: true }],
    ...(row.phone && !Array.isArray(stored.phoneNumbers)
      ? { phoneNumbers: [{ value: row.phone, type: 'mobile' }] }
      : {}),
    active: row.status === 'active',
    meta: {
      resourceType: 'User',
      created: row.created_at.toISOString(),
      lastModified: row.updated_at.toISOString(),
      location: `${baseUrl}/scim/v2/Users/${row.id}`,
    },
  };
}
