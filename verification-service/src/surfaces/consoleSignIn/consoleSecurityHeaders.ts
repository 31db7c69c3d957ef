import type { FastifyReply } from 'fastify';

/** What every `/console/auth/*` and `/console/session` answer carries: nothing may run, frame or cache it. */
export function consoleSecurityHeaders(reply: FastifyReply): void {
  reply.header(
    'content-security-policy',
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  );
  reply.header('cache-control', 'no-store');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('x-frame-options', 'DENY');
}
