import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../kernel/AppContext';
import { hashSecret, safeEqual } from '../../../kernel/secrets';

/** How long a passkey ceremony may take. */
export const CHALLENGE_LIFETIME_MS = 2 * 60_000;

/** Remembers an enrolment challenge just sent to a signed-in user's browser (its hash), for one ceremony. */
export async function storeChallenge(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { challenge: string; purpose: 'register'; orgId: string; userId: string },
): Promise<void> {
  const now = ctx.clock.now();
  // Expired challenges nobody answered go as new ones come.
  await ctx.db.query('DELETE FROM console_webauthn_challenges WHERE expires_at <= $1', [now]);
  await ctx.db.query(
    'INSERT INTO console_webauthn_challenges (challenge_hash, purpose, org_id, user_id, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [
      hashSecret(input.challenge),
      input.purpose,
      input.orgId ?? null,
      input.userId ?? null,
      new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
    ],
  );
}

/** The challenge a WebAuthn response signed, read from its clientDataJSON (base64url JSON), or null. */
function challengeOf(clientDataJSON: unknown): string | null {
  if (typeof clientDataJSON !== 'string' || clientDataJSON.length > 4096) return null;
  let challenge: unknown;
  try {
    challenge = (JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown })
      .challenge;
  } catch {
    return null;
  }
  return typeof challenge === 'string' && /^[A-Za-z0-9_-]{16,200}$/.test(challenge) ? challenge : null;
}

const SIGN_IN_NONCE_BYTES = 16;
const SIGN_IN_MAC_BYTES = 16;
const signInMac = (ctx: Pick<AppContext, 'key'>, nonceAndExpiry: Buffer) =>
  ctx.key.mac(`console-passkey-sign-in:${nonceAndExpiry.toString('base64url')}`).subarray(0, SIGN_IN_MAC_BYTES);

/**
 * A sign-in challenge nobody has to store: 16 random bytes and its expiry, with their HMAC under the
 * service key. Anyone may ask for one without signing in, so issuing one writes nothing; it is
 * recorded only once used ({@link useSignInChallenge}).
 */
export function issueSignInChallenge(ctx: Pick<AppContext, 'key' | 'clock'>): Uint8Array<ArrayBuffer> {
  const body = Buffer.alloc(SIGN_IN_NONCE_BYTES + 8);
  randomBytes(SIGN_IN_NONCE_BYTES).copy(body);
  body.writeBigUInt64BE(BigInt(ctx.clock.now().getTime() + CHALLENGE_LIFETIME_MS), SIGN_IN_NONCE_BYTES);
  return new Uint8Array(Buffer.concat([body, signInMac(ctx, body)]));
}

/** The sign-in challenge a WebAuthn response signed, when this service issued it and it has not expired; null otherwise. */
export function readSignInChallenge(
  ctx: Pick<AppContext, 'key' | 'clock'>,
  clientDataJSON: unknown,
): { challenge: string; expiresAt: Date } | null {
  const challenge = challengeOf(clientDataJSON);
  if (!challenge) return null;
  const bytes = Buffer.from(challenge, 'base64url');
  if (bytes.length !== SIGN_IN_NONCE_BYTES + 8 + SIGN_IN_MAC_BYTES || bytes.toString('base64url') !== challenge)
    return null;
  const body = bytes.subarray(0, SIGN_IN_NONCE_BYTES + 8);
  if (!safeEqual(bytes.subarray(SIGN_IN_NONCE_BYTES + 8), signInMac(ctx, body))) return null;
  const expiresAt = new Date(Number(body.readBigUInt64BE(SIGN_IN_NONCE_BYTES)));
  return expiresAt > ctx.clock.now() ? { challenge, expiresAt } : null;
}

/**
 * Records a sign-in challenge as used, once the passkey's answer to it verified: true the first
 * time, false for a replay (the row stays until the challenge would have expired anyway).
 */
export async function useSignInChallenge(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { challenge: string; expiresAt: Date; orgId: string; userId: string },
): Promise<boolean> {
  await ctx.db.query("DELETE FROM console_webauthn_challenges WHERE purpose = 'sign_in' AND expires_at <= $1", [
    ctx.clock.now(),
  ]);
  const rows = await ctx.db.query(
    `INSERT INTO console_webauthn_challenges (challenge_hash, purpose, org_id, user_id, expires_at) VALUES ($1, 'sign_in', $2, $3, $4)
     ON CONFLICT (challenge_hash) DO NOTHING RETURNING challenge_hash`,
    [hashSecret(input.challenge), input.orgId, input.userId, input.expiresAt],
  );
  return rows.length > 0;
}

/**
 * Uses up the challenge a WebAuthn response signed (read from its clientDataJSON): returns it with
 * the user it was issued to, or null when it is unknown, expired, already used or for another purpose.
 */
export async function consumeChallenge(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { clientDataJSON: unknown; purpose: 'register' },
): Promise<{ challenge: string; orgId: string | null; userId: string | null } | null> {
  const challenge = challengeOf(input.clientDataJSON);
  if (!challenge) return null;
  // Not filtered on org_id: the challenge's hash is unique across the service.
  const [row] = await ctx.db.query<{ org_id: string | null; user_id: string | null }>(
    'DELETE FROM console_webauthn_challenges WHERE challenge_hash = $1 AND purpose = $2 AND expires_at > $3 RETURNING org_id, user_id',
    [hashSecret(challenge), input.purpose, ctx.clock.now()],
  );
  return row ? { challenge, orgId: row.org_id, userId: row.user_id } : null;
}
