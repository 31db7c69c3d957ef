import type { Db, Tx } from '../../kernel/database';

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** Deletes the challenges (of `purpose` only, when given) expired by `at`. */
export async function deleteExpiredWebAuthnChallenges(
  ctx: Db,
  input: Tx & { at: Date; purpose?: 'sign_in' },
): Promise<void> {
  const q = input.tx ?? ctx.db;
  if (input.purpose === 'sign_in') {
    await q.query("DELETE FROM console_webauthn_challenges WHERE purpose = 'sign_in' AND expires_at <= $1", [input.at]);
    return;
  }
  await q.query('DELETE FROM console_webauthn_challenges WHERE expires_at <= $1', [input.at]);
}

export async function insertWebAuthnChallenge(
  ctx: Db,
  input: Tx & {
    challengeHash: Uint8Array;
    purpose: 'register';
    orgId: string | null;
    userId: string | null;
    expiresAt: Date;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'INSERT INTO console_webauthn_challenges (challenge_hash, purpose, org_id, user_id, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [input.challengeHash, input.purpose, input.orgId, input.userId, input.expiresAt],
  );
}

/** Records a sign-in challenge as used: true the first time, false when it was recorded already. */
export async function insertUsedSignInChallenge(
  ctx: Db,
  input: Tx & { challengeHash: Uint8Array; orgId: string; userId: string; expiresAt: Date },
): Promise<boolean> {
  const rows = await (input.tx ?? ctx.db).query(
    `INSERT INTO console_webauthn_challenges (challenge_hash, purpose, org_id, user_id, expires_at) VALUES ($1, 'sign_in', $2, $3, $4)
     ON CONFLICT (challenge_hash) DO NOTHING RETURNING challenge_hash`,
    [input.challengeHash, input.orgId, input.userId, input.expiresAt],
  );
  return rows.length > 0;
}

/** Deletes the unexpired challenge with this hash and purpose and answers whom it was issued to. */
export async function takeWebAuthnChallenge(
  ctx: Db,
  input: Tx & { challengeHash: Uint8Array; purpose: 'register'; at: Date },
): Promise<{ org_id: string | null; user_id: string | null } | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<{ org_id: string | null; user_id: string | null }>(
    'DELETE FROM console_webauthn_challenges WHERE challenge_hash = $1 AND purpose = $2 AND expires_at > $3 RETURNING org_id, user_id',
    [input.challengeHash, input.purpose, input.at],
  );
  return row;
}
