import type { AuditEntry, AuditLogQuery } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { Queryable } from '../../kernel/database';
import { auditFilterSql } from './auditFilterSql';
import { decodeAuditCursor, encodeAuditCursor } from './auditCursor';
import { toAuditEntry, type AuditEntryRow } from './toAuditEntry';

/** One page of an organisation's audit log, newest first, filtered. */
export async function listAuditEntries(
  db: Queryable,
  orgId: string,
  query: z.output<typeof AuditLogQuery>,
): Promise<{ data: AuditEntry[]; next_cursor: string | null }> {
  const { where, params } = auditFilterSql(orgId, query);
  let sql = `SELECT * FROM audit_entries WHERE ${where}`;
  if (query.cursor) {
    params.push(decodeAuditCursor(query.cursor));
    sql += ` AND seq < $${params.length}`;
  }
  params.push(query.limit + 1);
  const rows = await db.query<AuditEntryRow>(`${sql} ORDER BY seq DESC LIMIT $${params.length}`, params);
  const kept = rows.slice(0, query.limit).map(toAuditEntry);
  const last = kept[kept.length - 1];
  return { data: kept, next_cursor: rows.length > query.limit && last ? encodeAuditCursor(last.seq) : null };
}
