import type { AuditActor, AuditEntry } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Database, Queryable } from '../../kernel/database';
import { auditEntryHash, GENESIS_HASH } from './auditEntryHash';
import { sanitizeAuditDetails } from './sanitizeAuditDetails';
import { findLastAuditEntry, insertAuditEntry, lockAuditChain, toAuditEntry } from './auditEntriesTable';

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

const isDatabase = (db: Queryable | Database): db is Database =>
  typeof (db as Partial<Database>).transaction === 'function';

async function appendInTransaction(tx: Queryable, at: Date, entry: NewAuditEntry): Promise<AuditEntry> {
  // One writer per organisation at a time until commit: the chain cannot fork.
  await lockAuditChain({ db: tx }, { orgId: entry.orgId });
  const last = await findLastAuditEntry({ db: tx }, { orgId: entry.orgId });
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
  const row = await insertAuditEntry({ db: tx }, { entry: { ...record, prevHash, hash } });
  return toAuditEntry(row);
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
