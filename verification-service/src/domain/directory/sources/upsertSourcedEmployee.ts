import type { EmployeeStatus } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import { EMPLOYEE_COLUMNS, type EmployeeRow } from '../toEmployee';

/** The employee fields a directory source owns (never the photo or the personal contacts). */
export interface SourcedEmployeeFields {
  email: string;
  external_id: string | null;
  login: string | null;
  display_name: string;
  legal_name: string | null;
  phone: string | null;
  manager_email: string | null;
  department: string | null;
  status: EmployeeStatus;
}

const COLUMNS = [
  'email',
  'external_id',
  'login',
  'display_name',
  'legal_name',
  'phone',
  'manager_email',
  'department',
  'status',
] as const;

/**
 * Creates or updates the employee a directory entry describes, matched on the external id first,
 * then the work email (a stable id survives a renamed mailbox). The employee is marked as coming
 * from `source`. Returns the row and whether it was created, or `conflict` when the email belongs to
 * another employee (checked first, so the caller's transaction is never aborted by the unique index).
 */
export async function upsertSourcedEmployee(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  db: Queryable,
  input: { orgId: string; source: 'ldap' | 'scim'; fields: SourcedEmployeeFields },
): Promise<{ row: EmployeeRow; created: boolean } | { conflict: true }> {
  const { orgId, fields } = input;
  const now = ctx.clock.now();
  let [existing] = fields.external_id
    ? await db.query<{ id: string }>(
        'SELECT id FROM employees WHERE org_id = $1 AND external_id = $2 ORDER BY created_at LIMIT 1',
        [orgId, fields.external_id],
      )
    : [];
  existing ??= (
    await db.query<{ id: string }>('SELECT id FROM employees WHERE org_id = $1 AND email = $2', [orgId, fields.email])
  )[0];
  const [emailOwner] = await db.query<{ id: string }>('SELECT id FROM employees WHERE org_id = $1 AND email = $2', [
    orgId,
    fields.email,
  ]);
  if (emailOwner && emailOwner.id !== existing?.id) return { conflict: true };
  const values = COLUMNS.map((c) => fields[c]);
  if (existing) {
    const sets = COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ');
    const rows = await db.query<EmployeeRow>(
      `UPDATE employees e SET ${sets}, source = $${COLUMNS.length + 3}, updated_at = $${COLUMNS.length + 4}
        WHERE e.org_id = $1 AND e.id = $2 RETURNING ${EMPLOYEE_COLUMNS}`,
      [orgId, existing.id, ...values, input.source, now],
    );
    return { row: rows[0]!, created: false };
  }
  const names = ['id', 'org_id', ...COLUMNS, 'source', 'created_at', 'updated_at'];
  const rows = await db.query<EmployeeRow>(
    `INSERT INTO employees AS e (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${EMPLOYEE_COLUMNS}`,
    [ctx.newId('emp'), orgId, ...values, input.source, now, now],
  );
  return { row: rows[0]!, created: true };
}
