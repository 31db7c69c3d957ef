import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../../kernel/ProblemError';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATTERN } from '../../domain/verifications/noteDevice';
import type { VerificationDeps } from '../../domain/verifications/VerificationDeps';
import { csrfTokenMatches, findEmployeeSession, SESSION_COOKIE } from '../../domain/employeeSessions/employeeSessions';

/** The one-shot notice the session page shows after a form post (base64url, read and cleared once). */
export const NOTICE_COOKIE = 'hv_notice';

export const userAgentOf = (request: FastifyRequest): string | null =>
  typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null;

/** The browser's first-party device cookie, when it has a well-formed one. */
export function deviceCookieOf(request: FastifyRequest): string | null {
  const value = request.cookies[DEVICE_COOKIE];
  return value && DEVICE_COOKIE_PATTERN.test(value) ? value : null;
}

export const wantsJson = (request: FastifyRequest): boolean =>
  (request.headers.accept ?? '').includes('application/json');

/** The cookie options of the employee side: HttpOnly, SameSite=Strict, Secure behind https. */
export const sessionCookieOptions = (deps: VerificationDeps) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: deps.config.publicUrl.startsWith('https:'),
});

/**
 * The employee's session for a post: its cookie must name a live session (401) and the post must
 * carry the session's anti-forgery token, as the form field `csrf` or the `X-CSRF-Token` header (403).
 */
export async function postedSession(deps: VerificationDeps, request: FastifyRequest) {
  const cookie = request.cookies[SESSION_COOKIE];
  const session = await findEmployeeSession(deps, { cookie });
  if (!cookie || !session)
    throw new ProblemError('unauthorized', 'Your session has ended; open the link from your message again');
  const body = (request.body ?? {}) as Record<string, unknown>;
  const presented = body.csrf ?? request.headers['x-csrf-token'];
  if (!csrfTokenMatches(deps, cookie, presented))
    throw new ProblemError('forbidden', 'This form has expired; reload the page');
  return { session, body };
}

/** After a form post without script: back to the session page, with the step's notice for one view. */
export function redirectToSession(deps: VerificationDeps, reply: FastifyReply, notice: string | null): FastifyReply {
  if (notice)
    reply.setCookie(NOTICE_COOKIE, Buffer.from(notice).toString('base64url'), {
      ...sessionCookieOptions(deps),
      path: '/session',
      maxAge: 60,
    });
  return reply.redirect('/session', 303);
}
