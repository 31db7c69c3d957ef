import type { Db, Tx } from '../../kernel/database';

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertEmployeeSession(
  ctx: Db,
  input: Tx & {
    idHash: Buffer;
    orgId: string;
    verificationId: string;
    userAgent: string | null;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO employee_sessions (id_hash, org_id, verification_id, user_agent, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [input.idHash, input.orgId, input.verificationId, input.userAgent, input.createdAt, input.expiresAt],
  );
}

/** The verification of the session whose id hashes to `idHash`, while the session lives at `now`. */
export async function findLiveSessionVerificationId(
  ctx: Db,
  input: Tx & { idHash: Buffer; now: Date },
): Promise<string | null> {
  const [row] = await (input.tx ?? ctx.db).query<{ verification_id: string }>(
    'SELECT verification_id FROM employee_sessions WHERE id_hash = $1 AND expires_at > $2',
    [input.idHash, input.now],
  );
  return row?.verification_id ?? null;
}

/** Deletes a verification's sessions that expired before `before`. */
export async function deleteExpiredSessionsOfVerification(
  ctx: Db,
  input: Tx & { verificationId: string; before: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query('DELETE FROM employee_sessions WHERE verification_id = $1 AND expires_at < $2', [
    input.verificationId,
    input.before,
  ]);
}
