import type { AuditLogFilter } from '@helpdesk-verify/core-client';
import type { z } from 'zod';

/** The WHERE clause (parameterised, org-scoped) of the audit log list and export. */
export function auditFilterSql(
  orgId: string,
  filter: z.output<typeof AuditLogFilter>,
): { where: string; params: unknown[] } {
  const params: unknown[] = [orgId];
  let where = 'org_id = $1';
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where += ` AND ${sql.replace(/\?/g, `$${params.length}`)}`;
  };
  if (filter.action) add('action = ?', filter.action);
  if (filter.actor) add('(actor_id = ? OR actor_label = ?)', filter.actor);
  if (filter.target_type) add('target_type = ?', filter.target_type);
  if (filter.target_id) add('target_id = ?', filter.target_id);
  if (filter.from) add('at >= ?', new Date(filter.from));
  if (filter.to) add('at < ?', new Date(filter.to));
  return { where, params };
}
