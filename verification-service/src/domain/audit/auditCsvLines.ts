import type { AuditLogFilter } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { Queryable } from '../../kernel/database';
import { auditFilterSql } from './auditFilterSql';
import { canonicalJson } from './auditEntryHash';
import { csvCell } from './csvCell';
import { toAuditEntry, type AuditEntryRow } from './toAuditEntry';

export const AUDIT_CSV_COLUMNS = [
  'seq',
  'at',
  'actor_type',
  'actor_id',
  'actor_label',
  'action',
  'target_type',
  'target_id',
  'details',
  'prev_hash',
  'hash',
];

const BATCH = 500;

/**
 * The audit log as CSV lines (header first), newest first, read in batches so an export of any
 * size streams in bounded memory.
 */
export async function* auditCsvLines(
  db: Queryable,
  orgId: string,
  filter: z.output<typeof AuditLogFilter>,
): AsyncGenerator<string> {
  yield `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
  let before: number | null = null;
  for (;;) {
    const { where, params } = auditFilterSql(orgId, filter);
    let sql = `SELECT * FROM audit_entries WHERE ${where}`;
    if (before !== null) {
      params.push(before);
      sql += ` AND seq < $${params.length}`;
    }
    params.push(BATCH);
    const rows = await db.query<AuditEntryRow>(`${sql} ORDER BY seq DESC LIMIT $${params.length}`, params);
    let chunk = '';
    for (const entry of rows.map(toAuditEntry)) {
      const cells = [
        entry.seq,
        entry.at,
        entry.actor.type,
        entry.actor.id,
        entry.actor.label,
        entry.action,
        entry.target?.type ?? null,
        entry.target?.id ?? null,
        canonicalJson(entry.details),
        entry.prev_hash,
        entry.hash,
      ];
      chunk += `${cells.map(csvCell).join(',')}\r\n`;
      before = entry.seq;
    }
    if (chunk) yield chunk;
    if (rows.length < BATCH) return;
  }
}
