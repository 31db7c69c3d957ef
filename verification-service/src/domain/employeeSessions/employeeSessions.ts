import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { hashSecret, newSecret, safeEqual } from '../../kernel/secrets';

export const SESSION_COOKIE = 'hv_session';
/** A session never outlives the verification, and lasts at most this long. */
const SESSION_MAX_MS = 30 * 60_000;

/** Exchanges a started link for a session: returns the cookie value (only its hash is stored). */
export async function createEmployeeSession(
  ctx: AppContext,
  tx: Queryable,
  input: { orgId: string; verificationId: string; expiresAt: Date; userAgent: string | null },
): Promise<{ value: string; expiresAt: Date }> {
  const value = newSecret('');
  const now = ctx.clock.now();
  const expiresAt = new Date(Math.min(input.expiresAt.getTime(), now.getTime() + SESSION_MAX_MS));
  await tx.query(
    'INSERT INTO employee_sessions (id_hash, org_id, verification_id, user_agent, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [hashSecret(value), input.orgId, input.verificationId, input.userAgent?.slice(0, 400) ?? null, now, expiresAt],
  );
  return { value, expiresAt };
}

/** The verification a session cookie belongs to, while the session lives. */
export async function findEmployeeSession(
  ctx: AppContext,
  cookie: string | undefined,
): Promise<{ verificationId: string } | null> {
  if (!cookie || !/^[0-9A-Za-z]{43}$/.test(cookie)) return null;
  const [row] = await ctx.db.query<{ verification_id: string }>(
    'SELECT verification_id FROM employee_sessions WHERE id_hash = $1 AND expires_at > $2',
    [hashSecret(cookie), ctx.clock.now()],
  );
  return row ? { verificationId: row.verification_id } : null;
}

/** The anti-forgery token of a session's forms: derived from the session, so nothing more is stored. */
export const csrfTokenFor = (ctx: AppContext, cookie: string): string =>
  ctx.key.mac(`csrf:${cookie}`).toString('base64url');

export function csrfTokenMatches(ctx: AppContext, cookie: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length > 100) return false;
  return safeEqual(Buffer.from(csrfTokenFor(ctx, cookie)), Buffer.from(presented));
}
