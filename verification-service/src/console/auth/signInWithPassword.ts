import type { AppContext } from '../../app/AppContext';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './verifyPassword';
import { recordConsoleEvent } from './recordConsoleEvent';

/** Failed passwords in a row before the account locks. */
export const MAX_FAILED_SIGN_INS = 5;
/** The first lock lasts this long; each further failure after it doubles it, up to a day. */
export const FIRST_LOCK_MS = 15 * 60_000;
const LONGEST_LOCK_MS = 24 * 3_600_000;

type UserRow = { id: string; org_id: string; email: string; password_hash: string | null; disabled: boolean; locked_until: Date | null };

/** Who signed in, or `null` for every kind of refusal (the caller answers them all alike). */
export type PasswordSignInResult = { orgId: string; userId: string } | null;

/**
 * Checks an email and password. Unknown emails, SSO-only users, disabled users, locked accounts and
 * wrong passwords all cost one scrypt and all return null, so neither the answer nor its timing tells
 * whether an account exists. Five wrong passwords in a row lock the account for 15 minutes, doubling
 * with each further wrong password; a success clears the count.
 */
export async function signInWithPassword(ctx: Pick<AppContext, 'db' | 'clock'>, input: { email: string; password: string }): Promise<PasswordSignInResult> {
  const email = input.email.trim().toLowerCase();
  // Not filtered on org_id: the email is what names the organisation (it is unique across the service).
  const [user] = await ctx.db.query<UserRow>('SELECT id, org_id, email, password_hash, disabled, locked_until FROM console_users WHERE email = $1', [email]);
  const matches = await verifyPassword(input.password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!user || user.password_hash === null || user.disabled) return null;
  const now = ctx.clock.now();
  if (user.locked_until && user.locked_until > now) return null;
  if (matches) return { orgId: user.org_id, userId: user.id };
  const [counted] = await ctx.db.query<{ failed_sign_ins: number }>(
    'UPDATE console_users SET failed_sign_ins = failed_sign_ins + 1 WHERE org_id = $1 AND id = $2 RETURNING failed_sign_ins',
    [user.org_id, user.id],
  );
  const failures = counted?.failed_sign_ins ?? 0;
  if (failures >= MAX_FAILED_SIGN_INS) {
    const lockMs = Math.min(FIRST_LOCK_MS * 2 ** (failures - MAX_FAILED_SIGN_INS), LONGEST_LOCK_MS);
    const lockedUntil = new Date(now.getTime() + lockMs);
    await ctx.db.query('UPDATE console_users SET locked_until = $3 WHERE org_id = $1 AND id = $2', [user.org_id, user.id, lockedUntil]);
    await recordConsoleEvent(ctx, ctx.db, { orgId: user.org_id, user, action: 'console.account_locked', by: 'system', details: { failed_sign_ins: failures, locked_until: lockedUntil.toISOString() } });
  }
  return null;
}
