import type { AppContext } from '../../kernel/AppContext';

/** Ends a session now (sign-out, or the session a new sign-in replaces). */
export async function revokeConsoleSession(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orgId: string; sessionId: string },
): Promise<void> {
  await ctx.db.query(
    'UPDATE console_sessions SET revoked_at = $1 WHERE org_id = $2 AND id = $3 AND revoked_at IS NULL',
    [ctx.clock.now(), input.orgId, input.sessionId],
  );
}
