import type { ConsoleRole } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';

/** A live session with its user and organisation, as a cookie's check reads it. */
export interface ConsoleSessionRow {
  [column: string]: unknown;
  id: string;
  org_id: string;
  user_id: string;
  last_seen_at: Date;
  absolute_expires_at: Date;
  email: string;
  name: string;
  role: ConsoleRole;
  org_name: string;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertConsoleSession(
  ctx: Db,
  input: Tx & {
    id: string;
    orgId: string;
    userId: string;
    tokenHash: Uint8Array;
    method: 'password' | 'oidc' | 'passkey';
    at: Date;
    absoluteExpiresAt: Date;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO console_sessions (id, org_id, user_id, token_hash, method, created_at, last_seen_at, absolute_expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7)`,
    [input.id, input.orgId, input.userId, input.tokenHash, input.method, input.at, input.absoluteExpiresAt],
  );
}

/** Deletes the user's sessions revoked or expired before `endedBefore`, or last seen before `idleBefore`. */
export async function deleteEndedConsoleSessions(
  ctx: Db,
  input: Tx & { orgId: string; userId: string; endedBefore: Date; idleBefore: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `DELETE FROM console_sessions WHERE org_id = $1 AND user_id = $2
     AND (revoked_at < $3 OR absolute_expires_at < $3 OR last_seen_at < $4)`,
    [input.orgId, input.userId, input.endedBefore, input.idleBefore],
  );
}

/**
 * The unrevoked session of an enabled user with this token hash, whatever its organisation: the
 * secret is what names the organisation.
 */
export async function findConsoleSessionByTokenHash(
  ctx: Db,
  input: Tx & { tokenHash: Uint8Array },
): Promise<ConsoleSessionRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<ConsoleSessionRow>(
    `SELECT s.id, s.org_id, s.user_id, s.last_seen_at, s.absolute_expires_at, u.email, u.name, u.role, o.name AS org_name
     FROM console_sessions s
     JOIN console_users u ON u.org_id = s.org_id AND u.id = s.user_id
     JOIN organizations o ON o.id = s.org_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.disabled = false`,
    [input.tokenHash],
  );
  return row;
}

/** Moves `last_seen_at` forward to `at` (never back). */
export async function touchConsoleSession(ctx: Db, input: Tx & { orgId: string; id: string; at: Date }): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_sessions SET last_seen_at = $1 WHERE org_id = $2 AND id = $3 AND last_seen_at < $1',
    [input.at, input.orgId, input.id],
  );
}

export async function revokeConsoleSessionRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_sessions SET revoked_at = $1 WHERE org_id = $2 AND id = $3 AND revoked_at IS NULL',
    [input.at, input.orgId, input.id],
  );
}

/** Revokes every live session of the user, but the one with `exceptTokenHash` when given. */
export async function revokeUserConsoleSessions(
  ctx: Db,
  input: Tx & { orgId: string; userId: string; at: Date; exceptTokenHash?: Uint8Array },
): Promise<void> {
  const q = input.tx ?? ctx.db;
  if (input.exceptTokenHash) {
    await q.query(
      'UPDATE console_sessions SET revoked_at = $3 WHERE org_id = $1 AND user_id = $2 AND revoked_at IS NULL AND token_hash <> $4',
      [input.orgId, input.userId, input.at, input.exceptTokenHash],
    );
    return;
  }
  await q.query(
    'UPDATE console_sessions SET revoked_at = $3 WHERE org_id = $1 AND user_id = $2 AND revoked_at IS NULL',
    [input.orgId, input.userId, input.at],
  );
}

export async function deleteUserConsoleSessions(ctx: Db, input: Tx & { orgId: string; userId: string }): Promise<void> {
  await (input.tx ?? ctx.db).query('DELETE FROM console_sessions WHERE org_id = $1 AND user_id = $2', [
    input.orgId,
    input.userId,
  ]);
}
