import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { hashSecret, newSecret } from '../../kernel/secrets';
import type { ConsoleAuthOptions } from './ConsoleAuthOptions';

/**
 * Opens a session for a user who just signed in and records the sign-in. The secret (for the cookie)
 * is returned once; only its hash is stored. The id is new at every sign-in, so a session id planted
 * before sign-in is never the one used after. The user's sessions that ended over a day ago are deleted.
 */
export async function createConsoleSession(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  db: Queryable,
  input: { orgId: string; userId: string; method: 'password' | 'oidc' | 'passkey'; options: ConsoleAuthOptions },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret('hvs_');
  const now = ctx.clock.now();
  const absolute = new Date(now.getTime() + input.options.absoluteTimeoutMs);
  await db.query(
    `INSERT INTO console_sessions (id, org_id, user_id, token_hash, method, created_at, last_seen_at, absolute_expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7)`,
    [ctx.newId('ses'), input.orgId, input.userId, hashSecret(token), input.method, now, absolute],
  );
  // The user's sessions that ended more than a day ago go (the audit log keeps the sign-ins).
  const longAgo = new Date(now.getTime() - 24 * 3_600_000);
  await db.query(
    `DELETE FROM console_sessions WHERE org_id = $1 AND user_id = $2
     AND (revoked_at < $3 OR absolute_expires_at < $3 OR last_seen_at < $4)`,
    [input.orgId, input.userId, longAgo, new Date(longAgo.getTime() - input.options.idleTimeoutMs)],
  );
  await db.query(
    'UPDATE console_users SET last_sign_in_at = $1, failed_sign_ins = 0, locked_until = NULL WHERE org_id = $2 AND id = $3',
    [now, input.orgId, input.userId],
  );
  const idle = new Date(now.getTime() + input.options.idleTimeoutMs);
  return { token, expiresAt: idle < absolute ? idle : absolute };
}
