import type { Verification, VerificationListQuery } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { Queryable } from '../../kernel/database';
import { loadVerifications } from './loadVerification';
import { decodeVerificationListCursor, encodeVerificationListCursor } from './verificationListCursor';

type ListQuery = z.output<typeof VerificationListQuery>;

/** The sort key of each sort; NULLs (no risk score, not completed yet) sort last in both orders. */
const SORT_KEY: Record<ListQuery['sort'], string> = {
  created_at: 'v.created_at',
  risk_score: "(v.risk->>'score')::int",
  completed_at: 'v.completed_at',
};

/** `%`, `_` and `\` match themselves in a search. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One cursor page of an organisation's verifications, filtered, searched (`q`: part of the employee
 * email or name or of the ticket id, or the whole match code) and sorted by creation, risk score or
 * completion time in either order. The keyset is (sort key, id), so pages neither skip nor repeat
 * rows under any sort, rows without a value included.
 */
export async function listVerifications(
  db: Queryable,
  orgId: string,
  query: ListQuery,
): Promise<{ data: Verification[]; next_cursor: string | null }> {
  const params: unknown[] = [orgId];
  let where = 'v.org_id = $1';
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where += ` AND ${sql.replace(/\?/g, `$${params.length}`)}`;
  };
  if (query.status) add('v.status = ?', query.status);
  if (query.link_id) add('v.link_id = ?', query.link_id);
  if (query.employee_email) add('e.email = ?', query.employee_email);
  if (query.ticket_system) add('v.ticket_system = ?', query.ticket_system);
  if (query.ticket_id) add('v.ticket_id = ?', query.ticket_id);
  if (query.created_after) add('v.created_at >= ?', new Date(query.created_after));
  if (query.created_before) add('v.created_at < ?', new Date(query.created_before));
  if (query.q) {
    add(
      `(e.email ILIKE ? ESCAPE '\\' OR e.display_name ILIKE ? ESCAPE '\\' OR v.ticket_id ILIKE ? ESCAPE '\\'`,
      likePattern(query.q),
    );
    params.push(query.q.toUpperCase());
    where += ` OR upper(v.match_code) = $${params.length})`;
  }
  const key = SORT_KEY[query.sort];
  const dir = query.order === 'asc' ? 'ASC' : 'DESC';
  const cmp = query.order === 'asc' ? '>' : '<';
  // created_at is never NULL: its plain order and row comparison match the verifications_org index.
  const nullable = query.sort !== 'created_at';
  if (query.cursor) {
    const at = decodeVerificationListCursor(query.cursor, { sort: query.sort, order: query.order });
    params.push(at.id);
    const idParam = `$${params.length}`;
    if (at.value === null) {
      where += ` AND ${key} IS NULL AND v.id ${cmp} ${idParam}`;
    } else {
      params.push(query.sort === 'risk_score' ? at.value : new Date(at.value as string));
      where += ` AND ((${key}, v.id) ${cmp} ($${params.length}, ${idParam})${nullable ? ` OR ${key} IS NULL` : ''})`;
    }
  }
  params.push(query.limit + 1);
  const rows = await db.query<{ id: string; sort_value: Date | number | null }>(
    `SELECT v.id, ${key} AS sort_value FROM verifications v JOIN employees e ON e.id = v.employee_id
      WHERE ${where} ORDER BY ${key} ${dir}${nullable ? ' NULLS LAST' : ''}, v.id ${dir} LIMIT $${params.length}`,
    params,
  );
  const kept = rows.slice(0, query.limit);
  const last = kept[kept.length - 1];
  const next_cursor =
    rows.length > query.limit && last
      ? encodeVerificationListCursor({
          sort: query.sort,
          order: query.order,
          value: last.sort_value instanceof Date ? last.sort_value.toISOString() : last.sort_value,
          id: last.id,
        })
      : null;
  return {
    data: await loadVerifications(
      db,
      orgId,
      kept.map((r) => r.id),
    ),
    next_cursor,
  };
}
