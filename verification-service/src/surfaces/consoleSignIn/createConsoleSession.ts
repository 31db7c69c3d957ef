import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { hashSecret, newSecret } from '../../kernel/secrets';
import type { ConsoleAuthOptions } from './ConsoleAuthOptions';
import { deleteEndedConsoleSessions, insertConsoleSession } from '../../domain/consoleUsers/consoleSessionsTable';
import { recordConsoleSignIn } from '../../domain/consoleUsers/consoleUsersTable';

/**
 * Opens a session for a user who just signed in and records the sign-in. The secret (for the cookie)
 * is returned once; only its hash is stored. The id is new at every sign-in, so a session id planted
 * before sign-in is never the one used after. The user's sessions that ended over a day ago are deleted.
 */
export async function createConsoleSession(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: {
    tx?: Queryable;
    orgId: string;
    userId: string;
    method: 'password' | 'oidc' | 'passkey';
    options: ConsoleAuthOptions;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret('hvs_');
  const now = ctx.clock.now();
  const absolute = new Date(now.getTime() + input.options.absoluteTimeoutMs);
  const { tx, orgId, userId } = input;
  await insertConsoleSession(ctx, {
    tx,
    id: ctx.newId('ses'),
    orgId,
    userId,
    tokenHash: hashSecret(token),
    method: input.method,
    at: now,
    absoluteExpiresAt: absolute,
  });
  // The user's sessions that ended more than a day ago go (the audit log keeps the sign-ins).
  const longAgo = new Date(now.getTime() - 24 * 3_600_000);
  const idleBefore = new Date(longAgo.getTime() - input.options.idleTimeoutMs);
  await deleteEndedConsoleSessions(ctx, { tx, orgId, userId, endedBefore: longAgo, idleBefore });
  await recordConsoleSignIn(ctx, { tx, orgId, id: userId, at: now });
  const idle = new Date(now.getTime() + input.options.idleTimeoutMs);
  return { token, expiresAt: idle < absolute ? idle : absolute };
}
