import type { Verification, VerificationListQuery } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { Queryable } from '../storage/database';
import { cursorCondition, toPage } from '../storage/cursor';
import { loadVerifications } from './loadVerification';

/** Newest first, filtered, one cursor page. */
export async function listVerifications(
  db: Queryable,
  orgId: string,
  query: z.output<typeof VerificationListQuery>,
): Promise<{ data: Verification[]; next_cursor: string | null }> {
  const params: unknown[] = [orgId];
  let where = 'v.org_id = $1';
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where += ` AND ${sql.replace('?', `$${params.length}`)}`;
  };
  if (query.status) add('v.status = ?', query.status);
  if (query.link_id) add('v.link_id = ?', query.link_id);
  if (query.employee_email) add('e.email = ?', query.employee_email);
  if (query.ticket_system) add('v.ticket_system = ?', query.ticket_system);
  if (query.ticket_id) add('v.ticket_id = ?', query.ticket_id);
  if (query.created_after) add('v.created_at >= ?', new Date(query.created_after));
  if (query.created_before) add('v.created_at < ?', new Date(query.created_before));
  where += cursorCondition(query.cursor, params, 'v');
  params.push(query.limit + 1);
  const rows = await db.query<{ id: string; created_at: Date }>(
    `SELECT v.id, v.created_at FROM verifications v JOIN employees e ON e.id = v.employee_id
      WHERE ${where} ORDER BY v.created_at DESC, v.id DESC LIMIT $${params.length}`,
    params,
  );
  const page = toPage(rows, query.limit, (r) => r.id);
  return { data: await loadVerifications(db, orgId, page.data), next_cursor: page.next_cursor };
}
