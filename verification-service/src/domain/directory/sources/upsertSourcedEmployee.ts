import type { EmployeeStatus } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import {
  findEmployeeIdByEmail,
  findEmployeeIdByExternalId,
  insertEmployee,
  updateEmployeeColumns,
  type EmployeeRow,
} from '../employeesTable';

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
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { tx?: Queryable; orgId: string; source: 'ldap' | 'scim'; fields: SourcedEmployeeFields },
): Promise<{ row: EmployeeRow; created: boolean } | { conflict: true }> {
  const { tx, orgId, fields } = input;
  const now = ctx.clock.now();
  let existing = fields.external_id
    ? await findEmployeeIdByExternalId(ctx, { tx, orgId, externalId: fields.external_id })
    : undefined;
  existing ??= await findEmployeeIdByEmail(ctx, { tx, orgId, email: fields.email });
  const emailOwner = await findEmployeeIdByEmail(ctx, { tx, orgId, email: fields.email });
  if (emailOwner && emailOwner !== existing) return { conflict: true };
  const values = COLUMNS.map((c) => [c, fields[c]] as const);
  if (existing) {
    const columns = new Map<string, unknown>([...values, ['source', input.source], ['updated_at', now]]);
    const row = await updateEmployeeColumns(ctx, { tx, orgId, id: existing, columns });
    return { row: row!, created: false };
  }
  const columns = new Map<string, unknown>([
    ['id', ctx.newId('emp')],
    ['org_id', orgId],
    ...values,
    ['source', input.source],
    ['created_at', now],
    ['updated_at', now],
  ]);
  return { row: await insertEmployee(ctx, { tx, columns }), created: true };
}
