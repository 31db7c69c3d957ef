import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../kernel/AppContext';
import { hashSecret, safeEqual } from '../../../kernel/secrets';
import {
  deleteExpiredWebAuthnChallenges,
  insertUsedSignInChallenge,
  insertWebAuthnChallenge,
  takeWebAuthnChallenge,
} from '../../../domain/consoleUsers/consoleWebAuthnChallengesTable';

/** How long a passkey ceremony may take. */
export const CHALLENGE_LIFETIME_MS = 2 * 60_000;

/** Remembers an enrolment challenge just sent to a signed-in user's browser (its hash), for one ceremony. */
export async function storeChallenge(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { challenge: string; purpose: 'register'; orgId: string; userId: string },
): Promise<void> {
  const now = ctx.clock.now();
  // Expired challenges nobody answered go as new ones come.
  await deleteExpiredWebAuthnChallenges(ctx, { at: now });
  await insertWebAuthnChallenge(ctx, {
    challengeHash: hashSecret(input.challenge),
    purpose: input.purpose,
    orgId: input.orgId ?? null,
    userId: input.userId ?? null,
    expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
  });
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
  await deleteExpiredWebAuthnChallenges(ctx, { at: ctx.clock.now(), purpose: 'sign_in' });
  return insertUsedSignInChallenge(ctx, {
    challengeHash: hashSecret(input.challenge),
    orgId: input.orgId,
    userId: input.userId,
    expiresAt: input.expiresAt,
  });
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
  const row = await takeWebAuthnChallenge(ctx, {
    challengeHash: hashSecret(challenge),
    purpose: input.purpose,
    at: ctx.clock.now(),
  });
  return row ? { challenge, orgId: row.org_id, userId: row.user_id } : null;
}
