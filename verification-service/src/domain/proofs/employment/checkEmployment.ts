import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import { findEmploymentFacts } from '../../directory/employeesTable';
import { loadLdapSource } from '../../directory/sources/ldap/loadLdapSource';
import { LDAP_TIMEOUTS } from '../../directory/sources/ldap/LdapSourceSettings';
import { lookupLdapEmployee } from '../../directory/sources/ldap/lookupLdapEmployee';

/** Whether the employee is employed right now, with the reason shown to the agent. */
export type EmploymentCheck = { employed: true; detail: string } | { employed: false; detail: string };

/**
 * The employee must be active in the directory. When the organisation has an LDAP source, the
 * directory is also asked live (a few seconds at most): an entry that is gone or disabled fails,
 * and a directory that cannot be reached fails closed — a stale copy must not vouch for a leaver.
 */
export async function checkEmployment(
  ctx: Pick<AppContext, 'key' | 'db'>,
  input: { tx?: Queryable; orgId: string; employeeId: string },
): Promise<EmploymentCheck> {
  const tx = input.tx ?? ctx.db;
  const employee = await findEmploymentFacts(ctx, { tx, orgId: input.orgId, id: input.employeeId });
  if (!employee) return { employed: false, detail: 'The employee is no longer in the directory' };
  if (employee.status !== 'active') return { employed: false, detail: 'The employee is disabled in the directory' };
  const ldap = await loadLdapSource(
    { key: ctx.key, db: tx },
    { orgId: input.orgId, timeoutMs: LDAP_TIMEOUTS.lookupMs },
  );
  if (!ldap) {
    const from = employee.source === 'scim' ? 'as provisioned by the identity provider (SCIM)' : 'in the directory';
    return { employed: true, detail: `Active ${from}` };
  }
  let status;
  try {
    status = await lookupLdapEmployee(ldap.settings, {
      external_id: employee.source === 'ldap' ? employee.external_id : null,
      email: employee.email,
    });
  } catch (error) {
    const why = error instanceof Error && error.message ? error.message : 'no answer';
    return {
      employed: false,
      detail: `The LDAP directory could not be checked (${why.slice(0, 200)}), so employment is not confirmed`,
    };
  }
  if (!status.found) return { employed: false, detail: 'The employee is not in the LDAP directory' };
  if (status.disabled) return { employed: false, detail: 'The employee is disabled in the LDAP directory' };
  return { employed: true, detail: 'Active in the LDAP directory (checked live)' };
}
