import type { AuditChainVerification } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { auditEntryHash, GENESIS_HASH } from './auditEntryHash';
import { listAuditEntriesFrom } from './auditEntriesTable';

const BATCH = 1000;

/**
 * Re-computes an organisation's whole chain, oldest first: each entry must sit at the next sequence
 * number, name the previous entry's hash, and hash to its stored hash. The first entry that does
 * not is reported; the rest are still counted. Removing the newest entries leaves a valid shorter
 * chain: compare `last_hash` with a copy kept elsewhere to detect that.
 */
export async function verifyAuditChain(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string },
): Promise<AuditChainVerification> {
  let expectedSeq = 1;
  let prevHash: Buffer = GENESIS_HASH;
  let checked = 0;
  let firstBroken: number | null = null;
  for (;;) {
    const rows = await listAuditEntriesFrom(ctx, { ...input, fromSeq: expectedSeq, limit: BATCH });
    for (const row of rows) {
      const seq = Number(row.seq);
      const stored = Buffer.from(row.hash);
      const recomputed = auditEntryHash(
        {
          orgId: row.org_id,
          seq,
          at: row.at,
          actorType: row.actor_type,
          actorId: row.actor_id,
          actorLabel: row.actor_label,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          details: row.details,
        },
        row.prev_hash,
      );
      const intact = seq === expectedSeq && prevHash.equals(Buffer.from(row.prev_hash)) && recomputed.equals(stored);
      if (!intact && firstBroken === null) firstBroken = seq;
      checked++;
      expectedSeq = seq + 1;
      prevHash = stored;
    }
    if (rows.length < BATCH) break;
  }
  return {
    valid: firstBroken === null,
    entries_checked: checked,
    first_broken_seq: firstBroken,
    last_hash: checked > 0 ? prevHash.toString('hex') : null,
  };
}
