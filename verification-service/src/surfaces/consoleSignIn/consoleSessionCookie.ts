import type { FastifyReply, FastifyRequest } from 'fastify';

/** The console session cookie. */
export const CONSOLE_COOKIE = 'hv_console';

/**
 * Whether cookies need `Secure`: always, except when the service itself runs on plain http on the
 * loopback host (development and tests), where browsers could not send them back otherwise.
 */
export function cookiesAreSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

/** Sets `hv_console`: HttpOnly, SameSite=Lax (the OIDC redirect comes back cross-site), Path=/. */
export function setSessionCookie(
  reply: FastifyReply,
  input: { token: string; publicUrl: string; maxAgeSeconds: number },
): void {
  reply.setCookie(CONSOLE_COOKIE, input.token, {
    httpOnly: true,
    secure: cookiesAreSecure(input.publicUrl),
    sameSite: 'lax',
    path: '/',
    maxAge: input.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, publicUrl: string): void {
  reply.clearCookie(CONSOLE_COOKIE, {
    httpOnly: true,
    secure: cookiesAreSecure(publicUrl),
    sameSite: 'lax',
    path: '/',
  });
}

/** The session secret the request carries, when it looks like one we issue. */
export function sessionTokenOf(request: FastifyRequest): string | null {
  const value = request.cookies[CONSOLE_COOKIE];
  return typeof value === 'string' && /^hvs_[0-9A-Za-z]{43}$/.test(value) ? value : null;
}
