import type { Db, Tx } from '../../kernel/database';

/** An `idempotency_keys` row as both drivers return it. */
export interface IdempotencyKeyRow {
  request_hash: Uint8Array;
  verification_id: string;
  [key: string]: unknown;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** Claims `key` for a new verification; false when the organisation used it already. */
export async function claimIdempotencyKey(
  ctx: Db,
  input: Tx & { orgId: string; key: string; requestHash: Buffer; verificationId: string; at: Date },
): Promise<boolean> {
  const claimed = await (input.tx ?? ctx.db).query(
    `INSERT INTO idempotency_keys (org_id, key, request_hash, verification_id, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (org_id, key) DO NOTHING RETURNING key`,
    [input.orgId, input.key, input.requestHash, input.verificationId, input.at],
  );
  return claimed.length > 0;
}

export async function findIdempotencyKey(
  ctx: Db,
  input: Tx & { orgId: string; key: string },
): Promise<IdempotencyKeyRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<IdempotencyKeyRow>(
    'SELECT request_hash, verification_id FROM idempotency_keys WHERE org_id = $1 AND key = $2',
    [input.orgId, input.key],
  );
  return row ?? null;
}

/** Deletes the keys of every organisation created before `before`; returns how many. */
export async function deleteIdempotencyKeysCreatedBefore(ctx: Db, input: Tx & { before: Date }): Promise<number> {
  const rows = await (input.tx ?? ctx.db).query('DELETE FROM idempotency_keys WHERE created_at < $1 RETURNING 1', [
    input.before,
  ]);
  return rows.length;
}

export async function deleteIdempotencyKeysOfVerifications(
  ctx: Db,
  input: Tx & { orgId: string; verificationIds: string[] },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'DELETE FROM idempotency_keys WHERE org_id = $1 AND verification_id = ANY ($2::text[])',
    [input.orgId, input.verificationIds],
  );
}
