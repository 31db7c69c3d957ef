import type { AuditLogFilter } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { Queryable } from '../../kernel/database';
import { canonicalJson } from './auditEntryHash';
import { csvCell } from './csvCell';
import { listAuditEntryRows, toAuditEntry } from './auditEntriesTable';

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
  ctx: { db: Queryable },
  input: { orgId: string; filter: z.output<typeof AuditLogFilter> },
): AsyncGenerator<string> {
  yield `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
  let before: number | null = null;
  for (;;) {
    const rows = await listAuditEntryRows(ctx, { ...input, beforeSeq: before, limit: BATCH });
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
