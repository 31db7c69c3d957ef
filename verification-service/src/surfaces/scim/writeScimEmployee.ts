import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import type { ScimEmployeeRow } from './employeeToScimUser';
import { ScimError } from './ScimError';
import { SCIM_EMPLOYEE_COLUMNS } from './scimEmployeeColumns';
import { scimUserToFields } from './scimUserToFields';

/** What we keep of a User: never the password Okta sends, nor the id and meta we compute. */
function toStored(doc: Record<string, unknown>, active: boolean): Record<string, unknown> {
  const { password: _password, id: _id, meta: _meta, ...rest } = doc;
  return { ...rest, active };
}

/**
 * Stores a SCIM User as an employee: `id` null creates one (re-provisioning a deprovisioned employee
 * with the same email), an id replaces that employee's values. The work email and userName must
 * not belong to another employee (409 uniqueness). The manager id becomes the manager's email.
 */
export async function writeScimEmployee(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  tx: Queryable,
  input: { orgId: string; id: string | null; doc: Record<string, unknown> },
): Promise<ScimEmployeeRow> {
  const { orgId } = input;
  const { fields, managerId } = scimUserToFields(input.doc);
  const clashes = await tx.query<{ id: string; deprovisioned: boolean; same_email: boolean }>(
    `SELECT id, deprovisioned_at IS NOT NULL AS deprovisioned, email = $2 AS same_email FROM employees
      WHERE org_id = $1 AND (email = $2 OR (deprovisioned_at IS NULL AND lower(coalesce(login, email)) = lower($3))) AND id <> coalesce($4, '')`,
    [orgId, fields.email, fields.login, input.id],
  );
  const reusable = input.id === null ? clashes.find((c) => c.deprovisioned && c.same_email) : undefined;
  if (clashes.some((c) => c !== reusable))
    throw new ScimError(
      409,
      `A user with the userName ${fields.login} or the email ${fields.email} already exists`,
      'uniqueness',
    );
  const [manager] = managerId
    ? await tx.query<{ email: string }>(
        'SELECT email FROM employees WHERE org_id = $1 AND (id = $2 OR external_id = $2) ORDER BY id = $2 DESC LIMIT 1',
        [orgId, managerId],
      )
    : [];
  const values = {
    ...fields,
    manager_email: manager?.email ?? null,
    scim_resource: JSON.stringify(toStored(input.doc, fields.status === 'active')),
    source: 'scim',
    deprovisioned_at: null,
    updated_at: ctx.clock.now(),
  };
  const names = Object.keys(values);
  const id = input.id ?? reusable?.id ?? null;
  if (id) {
    const [row] = await tx.query<ScimEmployeeRow>(
      `UPDATE employees e SET ${names.map((n, i) => `${n} = $${i + 3}`).join(', ')} WHERE e.org_id = $1 AND e.id = $2 RETURNING ${SCIM_EMPLOYEE_COLUMNS}`,
      [orgId, id, ...Object.values(values)],
    );
    if (!row) throw new ScimError(404, `User ${id} not found`);
    return row;
  }
  const all = { id: ctx.newId('emp'), org_id: orgId, ...values, created_at: values.updated_at };
  const [row] = await tx.query<ScimEmployeeRow>(
    `INSERT INTO employees AS e (${Object.keys(all).join(', ')}) VALUES (${Object.keys(all)
      .map((_, i) => `$${i + 1}`)
      .join(', ')}) RETURNING ${SCIM_EMPLOYEE_COLUMNS}`,
    Object.values(all),
  );
  return row!;
}
