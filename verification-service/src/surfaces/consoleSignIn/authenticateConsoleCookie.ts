import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../kernel/AppContext';
import type { Caller } from '../../infrastructure/http/handler';
import { ProblemError } from '../../kernel/ProblemError';
import { safeEqual } from '../../kernel/secrets';
import type { ConsoleAuthOptions } from './ConsoleAuthOptions';
import { sessionTokenOf } from './consoleSessionCookie';
import { resolveConsoleSession } from './resolveConsoleSession';
import { ROLE_SCOPES } from './roleScopes';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the request's X-CSRF-Token header equals the session's token (constant time). */
export function hasValidCsrfToken(request: FastifyRequest, expected: string): boolean {
  const sent = request.headers['x-csrf-token'];
  return typeof sent === 'string' && safeEqual(Buffer.from(sent, 'utf8'), Buffer.from(expected, 'utf8'));
}

/**
 * The console user a request's `hv_console` cookie names, as a caller of the /v1 API with their
 * role's scopes; null without a live session. A POST, PUT, PATCH or DELETE must also carry the
 * session's `X-CSRF-Token`, else 403 before anything is read or changed.
 */
export function authenticateConsoleCookie(ctx: Pick<AppContext, 'db' | 'clock' | 'key'>, options: ConsoleAuthOptions) {
  return async (request: FastifyRequest): Promise<Caller | null> => {
    const token = sessionTokenOf(request);
    if (!token) return null;
    const resolved = await resolveConsoleSession(ctx, { token, options });
    if (!resolved) return null;
    if (!SAFE_METHODS.has(request.method) && !hasValidCsrfToken(request, resolved.session.csrf_token)) {
      throw new ProblemError(
        'forbidden',
        "Send the session's CSRF token in the X-CSRF-Token header (GET /console/session returns it)",
      );
    }
    const { user, organization } = resolved.session;
    return {
      orgId: organization.id,
      scopes: ROLE_SCOPES[user.role],
      actor: { type: 'user', id: user.id, email: user.email, role: user.role },
    };
  };
}
