import type { AppContext } from '../../../app/AppContext';
import { hashSecret } from '../../../platform/secrets';

/** How long a passkey ceremony may take. */
export const CHALLENGE_LIFETIME_MS = 2 * 60_000;

/** Remembers a challenge just sent to the browser (its hash), for one ceremony. */
export async function storeChallenge(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { challenge: string; purpose: 'register' | 'sign_in'; orgId?: string; userId?: string },
): Promise<void> {
  const now = ctx.clock.now();
  // Expired challenges nobody answered go as new ones come.
  await ctx.db.query('DELETE FROM console_webauthn_challenges WHERE expires_at <= $1', [now]);
  await ctx.db.query('INSERT INTO console_webauthn_challenges (challenge_hash, purpose, org_id, user_id, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    hashSecret(input.challenge),
    input.purpose,
    input.orgId ?? null,
    input.userId ?? null,
    new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
  ]);
}

/**
 * Uses up the challenge a WebAuthn response signed (read from its clientDataJSON): returns it with
 * the user it was issued to, or null when it is unknown, expired, already used or for another purpose.
 */
export async function consumeChallenge(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { clientDataJSON: unknown; purpose: 'register' | 'sign_in' },
): Promise<{ challenge: string; orgId: string | null; userId: string | null } | null> {
  if (typeof input.clientDataJSON !== 'string' || input.clientDataJSON.length > 4096) return null;
  let challenge: unknown;
  try {
    challenge = (JSON.parse(Buffer.from(input.clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown }).challenge;
  } catch {
    return null;
  }
  if (typeof challenge !== 'string' || !/^[A-Za-z0-9_-]{16,200}$/.test(challenge)) return null;
  // Not filtered on org_id: a sign-in challenge belongs to no organisation until a passkey answers it.
  const [row] = await ctx.db.query<{ org_id: string | null; user_id: string | null }>(
    'DELETE FROM console_webauthn_challenges WHERE challenge_hash = $1 AND purpose = $2 AND expires_at > $3 RETURNING org_id, user_id',
    [hashSecret(challenge), input.purpose, ctx.clock.now()],
  );
  return row ? { challenge, orgId: row.org_id, userId: row.user_id } : null;
}
