import type { AppContext } from '../../kernel/AppContext';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../domain/consoleUsers/verifyPassword';
import { recordConsoleEvent } from './recordConsoleEvent';
import {
  clearFailedSignIns,
  countSignInAttempt,
  type SignInAttemptRow,
} from '../../domain/consoleUsers/consoleUsersTable';

/** Password attempts in a row (right or wrong) before the account locks; a success clears the count. */
export const MAX_FAILED_SIGN_INS = 5;
/** The first lock lasts this long; each further attempt after it doubles it, up to {@link LONGEST_LOCK_MS}. */
export const FIRST_LOCK_MS = 15 * 60_000;
/** The longest a lock lasts: it always ends, however many attempts a stranger makes. */
export const LONGEST_LOCK_MS = 24 * 3_600_000;

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
): Promise<SignInAttemptRow | null> {
  const row = await countSignInAttempt(ctx, {
    email: input.email,
    at: input.now,
    maxFailed: MAX_FAILED_SIGN_INS,
    firstLockMs: FIRST_LOCK_MS,
    longestLockMs: LONGEST_LOCK_MS,
  });
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
    await clearFailedSignIns(ctx, { orgId: attempt.org_id, id: attempt.id });
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
