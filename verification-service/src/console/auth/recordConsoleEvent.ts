import type { AppContext } from '../../app/AppContext';
import type { Queryable } from '../../storage/database';
import { appendAuditEntry } from '../../audit/appendAuditEntry';

/** Console identity events the audit log keeps: who signed in (and how), out, or changed their password. */
export type ConsoleEvent = 'console.sign_in' | 'console.sign_out' | 'console.password_changed';

/** Appends a console identity event to the organisation's audit log, as the user themselves. */
export async function recordConsoleEvent(
  ctx: Pick<AppContext, 'clock' | 'db'>,
  db: Queryable,
  input: { orgId: string; user: { id: string; email: string }; action: ConsoleEvent; details?: Record<string, unknown> },
): Promise<void> {
  await appendAuditEntry(ctx, db, {
    orgId: input.orgId,
    actor: { type: 'user', id: input.user.id, label: input.user.email },
    action: input.action,
    target: { type: 'console_user', id: input.user.id },
    ...(input.details ? { details: input.details } : {}),
  });
}
