import type { AppContext } from '../../kernel/AppContext';
import { revokeConsoleSessionRow } from '../../domain/consoleUsers/consoleSessionsTable';

/** Ends a session now (sign-out, or the session a new sign-in replaces). */
export async function revokeConsoleSession(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orgId: string; sessionId: string },
): Promise<void> {
  await revokeConsoleSessionRow(ctx, { orgId: input.orgId, id: input.sessionId, at: ctx.clock.now() });
}
