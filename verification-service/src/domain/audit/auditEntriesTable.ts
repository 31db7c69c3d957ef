import type { AuditActorType, AuditEntry, AuditLogFilter } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { Db, Tx } from '../../kernel/database';
import type { AuditRecord } from './auditEntryHash';

/** An `audit_entries` row as the driver returns it. */
export interface AuditEntryRow {
  [column: string]: unknown;
  org_id: string;
  seq: number | string;
  at: Date;
  actor_type: AuditActorType;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
  prev_hash: Uint8Array;
  hash: Uint8Array;
}

/** The API shape of a stored entry (hashes in hex). */
export function toAuditEntry(row: AuditEntryRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actor: { type: row.actor_type, id: row.actor_id, label: row.actor_label },
    action: row.action,
    target: row.target_type ? { type: row.target_type, id: row.target_id } : null,
    details: row.details,
    prev_hash: Buffer.from(row.prev_hash).toString('hex'),
    hash: Buffer.from(row.hash).toString('hex'),
  };
}

/** An entry as it is written: the hashed record, its predecessor's hash and its own. */
export interface AuditEntryColumns extends AuditRecord {
  prevHash: Uint8Array;
  hash: Uint8Array;
}

/** Distinct from the migration lock (727274); the second key is the organisation. */
const AUDIT_LOCK_CLASS = 727275;

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/**
 * Holds the organisation's chain for one writer until the transaction ends, so two entries never
 * claim the same predecessor; other organisations are not held up (barring a hash collision).
 */
export async function lockAuditChain(ctx: Db, input: Tx & { orgId: string }): Promise<void> {
  await (input.tx ?? ctx.db).query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_CLASS, input.orgId]);
}

/** The newest entry's sequence number and hash, undefined for an empty log. */
export async function findLastAuditEntry(
  ctx: Db,
  input: Tx & { orgId: string },
): Promise<{ seq: number | string; hash: Uint8Array } | undefined> {
  const [last] = await (input.tx ?? ctx.db).query<{ seq: number | string; hash: Uint8Array }>(
    'SELECT seq, hash FROM audit_entries WHERE org_id = $1 ORDER BY seq DESC LIMIT 1',
    [input.orgId],
  );
  return last;
}

export async function insertAuditEntry(ctx: Db, input: Tx & { entry: AuditEntryColumns }): Promise<AuditEntryRow> {
  const e = input.entry;
  const [row] = await (input.tx ?? ctx.db).query<AuditEntryRow>(
    `INSERT INTO audit_entries (org_id, seq, at, actor_type, actor_id, actor_label, action, target_type, target_id, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
    [
      e.orgId,
      e.seq,
      e.at,
      e.actorType,
      e.actorId,
      e.actorLabel,
      e.action,
      e.targetType,
      e.targetId,
      JSON.stringify(e.details),
      e.prevHash,
      e.hash,
    ],
  );
  return row!;
}

/** Up to `limit` entries matching `filter`, newest first, below sequence number `beforeSeq` when given. */
export async function listAuditEntryRows(
  ctx: Db,
  input: Tx & { orgId: string; filter: z.output<typeof AuditLogFilter>; beforeSeq: number | null; limit: number },
): Promise<AuditEntryRow[]> {
  const { where, params } = auditFilterSql(input.orgId, input.filter);
  let sql = `SELECT * FROM audit_entries WHERE ${where}`;
  if (input.beforeSeq !== null) {
    params.push(input.beforeSeq);
    sql += ` AND seq < $${params.length}`;
  }
  params.push(input.limit);
  return (input.tx ?? ctx.db).query<AuditEntryRow>(`${sql} ORDER BY seq DESC LIMIT $${params.length}`, params);
}

/** Up to `limit` entries from sequence number `fromSeq` on, oldest first. */
export async function listAuditEntriesFrom(
  ctx: Db,
  input: Tx & { orgId: string; fromSeq: number; limit: number },
): Promise<AuditEntryRow[]> {
  return (input.tx ?? ctx.db).query<AuditEntryRow>(
    'SELECT * FROM audit_entries WHERE org_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3',
    [input.orgId, input.fromSeq, input.limit],
  );
}

/** The WHERE clause (parameterised, org-scoped) of the audit log list and export. */
function auditFilterSql(orgId: string, filter: z.output<typeof AuditLogFilter>): { where: string; params: unknown[] } {
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
