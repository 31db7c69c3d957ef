import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { appendAuditEntry } from '../../domain/audit/appendAuditEntry';

/** Console identity events the audit log keeps: who signed in (and how), out, or changed their password. */
export type ConsoleEvent =
  | 'console.sign_in'
  | 'console.sign_out'
  | 'console.password_changed'
  | 'console.account_locked'
  | 'console.sso_user_created'
  | 'console.sso_role_changed';

/**
 * Appends a console identity event to the organisation's audit log: as the user themselves, or as the
 * service (`by: 'system'`) for what nobody signed in did (a lock-out, an account made at first SSO).
 */
export async function recordConsoleEvent(
  ctx: Pick<AppContext, 'clock' | 'db'>,
  db: Queryable,
  input: {
    orgId: string;
    user: { id: string; email: string };
    action: ConsoleEvent;
    details?: Record<string, unknown>;
    by?: 'user' | 'system';
  },
): Promise<void> {
  await appendAuditEntry(ctx, db, {
    orgId: input.orgId,
    actor:
      input.by === 'system'
        ? { type: 'system', id: null, label: 'system' }
        : { type: 'user', id: input.user.id, label: input.user.email },
    action: input.action,
    target: { type: 'console_user', id: input.user.id },
    ...(input.details ? { details: input.details } : {}),
  });
}
