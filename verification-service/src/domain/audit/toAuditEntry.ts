import type { AuditActorType, AuditEntry } from '@helpdesk-verify/core-client';

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
