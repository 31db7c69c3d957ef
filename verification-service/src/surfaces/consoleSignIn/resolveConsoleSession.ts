import type { ConsoleRole, ConsoleSession } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { hashSecret } from '../../kernel/secrets';
import type { ConsoleAuthOptions } from './ConsoleAuthOptions';
import { csrfTokenFor } from './csrfTokenFor';

/** `last_seen_at` moves at most this often, so a busy console does not write on every call. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

type SessionRow = {
  id: string;
  org_id: string;
  user_id: string;
  last_seen_at: Date;
  absolute_expires_at: Date;
  email: string;
  name: string;
  role: ConsoleRole;
  org_name: string;
};

/** A live session: its id, and what `GET /console/session` answers. */
export interface ResolvedConsoleSession {
  sessionId: string;
  session: ConsoleSession;
}

/**
 * The live session a cookie's secret names, or null when it is unknown, revoked, idle past the
 * timeout, past its absolute limit, or its user is disabled. Using it pushes the idle timeout back.
 */
export async function resolveConsoleSession(
  ctx: Pick<AppContext, 'db' | 'clock' | 'key'>,
  input: { token: string; options: ConsoleAuthOptions },
): Promise<ResolvedConsoleSession | null> {
  const now = ctx.clock.now();
  // Not filtered on org_id: the secret is what names the organisation.
  const rows = await ctx.db.query<SessionRow>(
    `SELECT s.id, s.org_id, s.user_id, s.last_seen_at, s.absolute_expires_at, u.email, u.name, u.role, o.name AS org_name
     FROM console_sessions s
     JOIN console_users u ON u.org_id = s.org_id AND u.id = s.user_id
     JOIN organizations o ON o.id = s.org_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.disabled = false`,
    [hashSecret(input.token)],
  );
  const row = rows[0];
  if (!row) return null;
  const idleEnd = row.last_seen_at.getTime() + input.options.idleTimeoutMs;
  if (now.getTime() >= idleEnd || now >= row.absolute_expires_at) return null;
  let lastSeen = row.last_seen_at;
  if (now.getTime() - lastSeen.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await ctx.db.query(
      'UPDATE console_sessions SET last_seen_at = $1 WHERE org_id = $2 AND id = $3 AND last_seen_at < $1',
      [now, row.org_id, row.id],
    );
    lastSeen = now;
  }
  const expiresAt = Math.min(lastSeen.getTime() + input.options.idleTimeoutMs, row.absolute_expires_at.getTime());
  return {
    sessionId: row.id,
    session: {
      user: { id: row.user_id, email: row.email, name: row.name, role: row.role },
      organization: { id: row.org_id, name: row.org_name },
      csrf_token: csrfTokenFor(ctx.key, input.token),
      expires_at: new Date(expiresAt).toISOString(),
    },
  };
}
