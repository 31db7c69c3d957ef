import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { ScimError } from './ScimError';
import {
  findEmailByIdOrExternalId,
  findScimClashes,
  insertScimEmployee,
  updateScimEmployeeColumns,
  type ScimEmployeeRow,
} from '../../domain/directory/employeesTable';
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
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { tx?: Queryable; orgId: string; id: string | null; doc: Record<string, unknown> },
): Promise<ScimEmployeeRow> {
  const { tx, orgId } = input;
  const { fields, managerId } = scimUserToFields(input.doc);
  const clashes = await findScimClashes(ctx, {
    tx,
    orgId,
    email: fields.email,
    userName: fields.login,
    exceptId: input.id,
  });
  const reusable = input.id === null ? clashes.find((c) => c.deprovisioned && c.same_email) : undefined;
  if (clashes.some((c) => c !== reusable))
    throw new ScimError(
      409,
      `A user with the userName ${fields.login} or the email ${fields.email} already exists`,
      'uniqueness',
    );
  const managerEmail = managerId ? await findEmailByIdOrExternalId(ctx, { tx, orgId, ref: managerId }) : undefined;
  const values = {
    ...fields,
    manager_email: managerEmail ?? null,
    scim_resource: JSON.stringify(toStored(input.doc, fields.status === 'active')),
    source: 'scim',
    deprovisioned_at: null,
    updated_at: ctx.clock.now(),
  };
  const id = input.id ?? reusable?.id ?? null;
  if (id) {
    const row = await updateScimEmployeeColumns(ctx, { tx, orgId, id, values });
    if (!row) throw new ScimError(404, `User ${id} not found`);
    return row;
  }
  const all = { id: ctx.newId('emp'), org_id: orgId, ...values, created_at: values.updated_at };
  return insertScimEmployee(ctx, { tx, values: all });
}
