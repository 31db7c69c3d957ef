import type { AuditEntry, AuditLogQuery } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { Queryable } from '../../kernel/database';
import { decodeAuditCursor, encodeAuditCursor } from './auditCursor';
import { listAuditEntryRows, toAuditEntry } from './auditEntriesTable';

/** One page of an organisation's audit log, newest first, filtered. */
export async function listAuditEntries(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; query: z.output<typeof AuditLogQuery> },
): Promise<{ data: AuditEntry[]; next_cursor: string | null }> {
  const { query } = input;
  const rows = await listAuditEntryRows(ctx, {
    tx: input.tx,
    orgId: input.orgId,
    filter: query,
    beforeSeq: query.cursor ? decodeAuditCursor(query.cursor) : null,
    limit: query.limit + 1,
  });
  const kept = rows.slice(0, query.limit).map(toAuditEntry);
  const last = kept[kept.length - 1];
  return { data: kept, next_cursor: rows.length > query.limit && last ? encodeAuditCursor(last.seq) : null };
}
