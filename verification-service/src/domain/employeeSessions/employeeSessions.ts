import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { hashSecret, newSecret, safeEqual } from '../../kernel/secrets';
import { findLiveSessionVerificationId, insertEmployeeSession } from './employeeSessionsTable';

export const SESSION_COOKIE = 'hv_session';
/** A session never outlives the verification, and lasts at most this long. */
const SESSION_MAX_MS = 30 * 60_000;

/** Exchanges a started link for a session: returns the cookie value (only its hash is stored). */
export async function createEmployeeSession(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { tx?: Queryable; orgId: string; verificationId: string; expiresAt: Date; userAgent: string | null },
): Promise<{ value: string; expiresAt: Date }> {
  const value = newSecret('');
  const now = ctx.clock.now();
  const expiresAt = new Date(Math.min(input.expiresAt.getTime(), now.getTime() + SESSION_MAX_MS));
  await insertEmployeeSession(ctx, {
    ...(input.tx ? { tx: input.tx } : {}),
    idHash: hashSecret(value),
    orgId: input.orgId,
    verificationId: input.verificationId,
    userAgent: input.userAgent?.slice(0, 400) ?? null,
    createdAt: now,
    expiresAt,
  });
  return { value, expiresAt };
}

/** The verification a session cookie belongs to, while the session lives. */
export async function findEmployeeSession(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { cookie: string | undefined },
): Promise<{ verificationId: string } | null> {
  const { cookie } = input;
  if (!cookie || !/^[0-9A-Za-z]{43}$/.test(cookie)) return null;
  const verificationId = await findLiveSessionVerificationId(ctx, { idHash: hashSecret(cookie), now: ctx.clock.now() });
  return verificationId ? { verificationId } : null;
}

/** The anti-forgery token of a session's forms: derived from the session, so nothing more is stored. */
export const csrfTokenFor = (ctx: AppContext, cookie: string): string =>
  ctx.key.mac(`csrf:${cookie}`).toString('base64url');

export function csrfTokenMatches(ctx: AppContext, cookie: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length > 100) return false;
  return safeEqual(Buffer.from(csrfTokenFor(ctx, cookie)), Buffer.from(presented));
}
