import type { ConsoleSession } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { hashSecret } from '../../kernel/secrets';
import type { ConsoleAuthOptions } from './ConsoleAuthOptions';
import { csrfTokenFor } from './csrfTokenFor';
import { findConsoleSessionByTokenHash, touchConsoleSession } from '../../domain/consoleUsers/consoleSessionsTable';

/** `last_seen_at` moves at most this often, so a busy console does not write on every call. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

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
  const row = await findConsoleSessionByTokenHash(ctx, { tokenHash: hashSecret(input.token) });
  if (!row) return null;
  const idleEnd = row.last_seen_at.getTime() + input.options.idleTimeoutMs;
  if (now.getTime() >= idleEnd || now >= row.absolute_expires_at) return null;
  let lastSeen = row.last_seen_at;
  if (now.getTime() - lastSeen.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await touchConsoleSession(ctx, { orgId: row.org_id, id: row.id, at: now });
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
