import type { AppContext } from '../../kernel/AppContext';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../domain/consoleUsers/verifyPassword';
import { recordConsoleEvent } from './recordConsoleEvent';

/** Password attempts in a row (right or wrong) before the account locks; a success clears the count. */
export const MAX_FAILED_SIGN_INS = 5;
/** The first lock lasts this long; each further attempt after it doubles it, up to {@link LONGEST_LOCK_MS}. */
export const FIRST_LOCK_MS = 15 * 60_000;
/** The longest a lock lasts: it always ends, however many attempts a stranger makes. */
export const LONGEST_LOCK_MS = 24 * 3_600_000;

type AttemptRow = {
  id: string;
  org_id: string;
  email: string;
  password_hash: string;
  failed_sign_ins: number;
  locked_until: Date | null;
};

/** Who signed in, or `null` for every kind of refusal (the caller answers them all alike). */
export type PasswordSignInResult = { orgId: string; userId: string } | null;

/**
 * Counts one attempt for the account and, from the fifth attempt in a row on, locks it, in one
 * statement under the row's lock, before any password is hashed: so parallel guesses cannot all be
 * checked before the first failure is recorded. Nothing is updated (and null returned) for an
 * unknown email, an SSO-only or disabled user, or an account locked now. The lock of attempt n ≥ 5
 * lasts 15 minutes × 2^(n−5), at most a day.
 */
async function countAttempt(
  ctx: Pick<AppContext, 'db'>,
  input: { email: string; now: Date },
): Promise<AttemptRow | null> {
  const [row] = await ctx.db.query<AttemptRow>(
    `UPDATE console_users SET
        failed_sign_ins = failed_sign_ins + 1,
        locked_until = CASE WHEN failed_sign_ins + 1 >= $3::int
          THEN $2::timestamptz + make_interval(secs => least($4::float8 * power(2, least(failed_sign_ins + 1 - $3::int, 30)), $5::float8))
          ELSE locked_until END
      WHERE email = $1 AND password_hash IS NOT NULL AND NOT disabled AND (locked_until IS NULL OR locked_until <= $2::timestamptz)
      RETURNING id, org_id, email, password_hash, failed_sign_ins, locked_until`,
    [input.email, input.now, MAX_FAILED_SIGN_INS, FIRST_LOCK_MS / 1000, LONGEST_LOCK_MS / 1000],
  );
  return row ?? null;
}

/**
 * Checks an email and password. The attempt is counted first (see {@link countAttempt}); unknown
 * emails, SSO-only users, disabled users, locked accounts and wrong passwords all cost one scrypt and
 * all return null, so neither the answer nor its timing tells whether an account exists. Five attempts
 * without a success lock the account for 15 minutes, doubling with each attempt after a lock ends, up
 * to a day; any sign-in (password, passkey, SSO) clears the count and the lock.
 */
export async function signInWithPassword(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { email: string; password: string },
): Promise<PasswordSignInResult> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.clock.now();
  // Not filtered on org_id: the email is what names the organisation (it is unique across the service).
  const attempt = await countAttempt(ctx, { email, now });
  const matches = await verifyPassword(input.password, attempt?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!attempt) return null;
  if (matches) {
    // A success is not an attempt that counts: also when it only confirms the password (a change).
    await ctx.db.query(
      'UPDATE console_users SET failed_sign_ins = 0, locked_until = NULL WHERE org_id = $1 AND id = $2',
      [attempt.org_id, attempt.id],
    );
    return { orgId: attempt.org_id, userId: attempt.id };
  }
  if (attempt.failed_sign_ins >= MAX_FAILED_SIGN_INS && attempt.locked_until) {
    await recordConsoleEvent(ctx, ctx.db, {
      orgId: attempt.org_id,
      user: attempt,
      action: 'console.account_locked',
      by: 'system',
      details: { failed_sign_ins: attempt.failed_sign_ins, locked_until: attempt.locked_until.toISOString() },
    });
  }
  return null;
}
