import type { AuditActor, AuditEntry } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import type { Database, Queryable } from '../../kernel/database';
import { auditEntryHash, GENESIS_HASH } from './auditEntryHash';
import { sanitizeAuditDetails } from './sanitizeAuditDetails';
import { toAuditEntry, type AuditEntryRow } from './toAuditEntry';

/** What a module records; the sequence number and hashes are the log's business. */
export interface NewAuditEntry {
  orgId: string;
  actor: AuditActor;
  /** An endpoint name (`createLink`), `verification.<event>`, `console.sign_in`, `retention.purged`… */
  action: string;
  target?: { type: string; id: string | null } | null;
  /** Never secrets nor an employee's personal details; secret-looking keys are redacted anyway. */
  details?: Record<string, unknown>;
  /** Defaults to the clock's now. */
  at?: Date;
}

/** Distinct from the migration lock (727274); the second key is the organisation. */
const AUDIT_LOCK_CLASS = 727275;

const isDatabase = (db: Queryable | Database): db is Database =>
  typeof (db as Partial<Database>).transaction === 'function';

async function appendInTransaction(tx: Queryable, at: Date, entry: NewAuditEntry): Promise<AuditEntry> {
  // One writer per organisation at a time until commit, so two entries never claim the same
  // predecessor (the chain cannot fork); other organisations are not held up (barring a hash collision).
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_CLASS, entry.orgId]);
  const [last] = await tx.query<{ seq: number | string; hash: Uint8Array }>(
    'SELECT seq, hash FROM audit_entries WHERE org_id = $1 ORDER BY seq DESC LIMIT 1',
    [entry.orgId],
  );
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last ? Buffer.from(last.hash) : GENESIS_HASH;
  const record = {
    orgId: entry.orgId,
    seq,
    at,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    actorLabel: sanitizeAuditDetails({ l: entry.actor.label }).l as string,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    details: sanitizeAuditDetails(entry.details),
  };
  const hash = auditEntryHash(record, prevHash);
  const [row] = await tx.query<AuditEntryRow>(
    `INSERT INTO audit_entries (org_id, seq, at, actor_type, actor_id, actor_label, action, target_type, target_id, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
    [
      record.orgId,
      seq,
      at,
      record.actorType,
      record.actorId,
      record.actorLabel,
      record.action,
      record.targetType,
      record.targetId,
      JSON.stringify(record.details),
      prevHash,
      hash,
    ],
  );
  return toAuditEntry(row!);
}

/**
 * Appends one entry to the organisation's hash-chained audit log. Pass the transaction that makes
 * the change being recorded, so the entry commits with it or not at all (the per-organisation lock
 * is then held until that transaction ends); given the database itself it opens its own transaction.
 */
export async function appendAuditEntry(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable | Database,
  entry: NewAuditEntry,
): Promise<AuditEntry> {
  const at = entry.at ?? ctx.clock.now();
  if (isDatabase(db)) return db.transaction((tx) => appendInTransaction(tx, at, entry));
  return appendInTransaction(db, at, entry);
}
