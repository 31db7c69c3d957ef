import { createHash } from 'node:crypto';
import type { AuditActorType } from '@helpdesk-verify/core-client/schemas';

/** The fields of an entry that its hash covers, as stored. */
export interface AuditRecord {
  orgId: string;
  seq: number;
  at: Date;
  actorType: AuditActorType;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

/** The `prev_hash` of an organisation's first entry. */
export const GENESIS_HASH = Buffer.alloc(32);

/** JSON with object keys sorted at every level, so the encoding does not depend on key order (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 over a versioned, canonical encoding of the entry followed by the previous entry's hash.
 * Changing any field, reordering entries or removing one breaks every later link.
 */
export function auditEntryHash(record: AuditRecord, prevHash: Uint8Array): Buffer {
  const encoded = canonicalJson([
    'hv-audit-v1',
    record.orgId,
    record.seq,
    record.at.toISOString(),
    record.actorType,
    record.actorId,
    record.actorLabel,
    record.action,
    record.targetType,
    record.targetId,
    record.details,
    Buffer.from(prevHash).toString('hex'),
  ]);
  return createHash('sha256').update(encoded, 'utf8').digest();
}
