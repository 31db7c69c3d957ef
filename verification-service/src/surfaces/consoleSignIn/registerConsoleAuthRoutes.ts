import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ChangePasswordRequest, PasswordSignInRequest } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { ProblemError } from '../../kernel/ProblemError';
import { unstorableTextErrors } from '../../infrastructure/http/unstorableText';
import { hashSecret } from '../../kernel/secrets';
import { hashPassword } from '../../domain/consoleUsers/hashPassword';
import type { ConsoleAuthOptions } from './ConsoleAuthOptions';
import { checkPasswordStrength } from '../../domain/consoleUsers/checkPasswordStrength';
import { setConsolePasswordHash } from '../../domain/consoleUsers/consoleUsersTable';
import { revokeUserConsoleSessions } from '../../domain/consoleUsers/consoleSessionsTable';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './consoleSessionCookie';
import { consoleSecurityHeaders } from './consoleSecurityHeaders';
import { createConsoleSession } from './createConsoleSession';
import { hasValidCsrfToken } from './authenticateConsoleCookie';
import { readJsonBody } from './readJsonBody';
import { resolveConsoleSession, type ResolvedConsoleSession } from './resolveConsoleSession';
import { revokeConsoleSession } from './revokeConsoleSession';
import { signInWithPassword } from './signInWithPassword';
import { registerOidcRoutes } from './oidc/registerOidcRoutes';
import { registerConsolePasskeyRoutes } from './passkey/registerConsolePasskeyRoutes';
import { recordConsoleEvent } from './recordConsoleEvent';

const SIGN_IN_REFUSED = 'The email or password is not right, or the account cannot sign in now';

/**
 * The console's session endpoints beside the /v1 API: `GET /console/session`, password sign-in,
 * password change, sign-out and the OpenID Connect redirect pair. Every answer forbids framing,
 * scripts and caching.
 */
export function registerConsoleAuthRoutes(http: FastifyInstance, ctx: AppContext, options: ConsoleAuthOptions): void {
  const startSession = async (
    request: FastifyRequest,
    reply: FastifyReply,
    input: { orgId: string; userId: string; method: 'password' | 'oidc' | 'passkey' },
  ): Promise<ResolvedConsoleSession> => {
    // A new id at every sign-in; the session the browser had before ends.
    const previous = sessionTokenOf(request);
    if (previous) {
      const old = await resolveConsoleSession(ctx, { token: previous, options });
      if (old) await revokeConsoleSession(ctx, { orgId: old.session.organization.id, sessionId: old.sessionId });
    }
    const { token } = await createConsoleSession(ctx, { ...input, options });
    setSessionCookie(reply, {
      token,
      publicUrl: ctx.config.publicUrl,
      maxAgeSeconds: Math.floor(options.absoluteTimeoutMs / 1000),
    });
    const resolved = await resolveConsoleSession(ctx, { token, options });
    if (!resolved) throw new Error('a session just created did not resolve');
    await recordConsoleEvent(ctx, ctx.db, {
      orgId: input.orgId,
      user: resolved.session.user,
      action: 'console.sign_in',
      details: { method: input.method },
    });
    return resolved;
  };

  const requireSession = async (request: FastifyRequest, input: { csrf: boolean }): Promise<ResolvedConsoleSession> => {
    const token = sessionTokenOf(request);
    const resolved = token ? await resolveConsoleSession(ctx, { token, options }) : null;
    if (!resolved) throw new ProblemError('unauthorized', 'Sign in to the console first');
    if (input.csrf && !hasValidCsrfToken(request, resolved.session.csrf_token)) {
      throw new ProblemError('forbidden', "Send the session's CSRF token in the X-CSRF-Token header");
    }
    return resolved;
  };

  void http.register(async (scope) => {
    // The /v1 guard: text PostgreSQL cannot store (NUL, unpaired surrogates) is refused before any query.
    scope.addHook('preValidation', async (request) => {
      for (const [where, value] of [
        ['query', request.query],
        ['params', request.params],
        ['body', request.body],
      ] as const) {
        const errors = unstorableTextErrors(value, where === 'body' ? [] : [where]);
        if (errors.length > 0)
          throw new ProblemError('validation_error', `The ${where} contains text that cannot be stored`, { errors });
      }
    });
    scope.addHook('onSend', async (_request, reply, payload) => {
      consoleSecurityHeaders(reply);
      return payload;
    });

    scope.get('/console/session', async (request) => (await requireSession(request, { csrf: false })).session);

    scope.post('/console/auth/password', async (request, reply) => {
      const body = readJsonBody(request, PasswordSignInRequest);
      const signedIn = await signInWithPassword(ctx, body);
      if (!signedIn) throw new ProblemError('unauthorized', SIGN_IN_REFUSED);
      return (await startSession(request, reply, { ...signedIn, method: 'password' })).session;
    });

    scope.post('/console/auth/password/change', async (request, reply) => {
      const { session } = await requireSession(request, { csrf: true });
      const body = readJsonBody(request, ChangePasswordRequest);
      const checked = await signInWithPassword(ctx, { email: session.user.email, password: body.current_password });
      if (!checked || checked.userId !== session.user.id)
        throw new ProblemError('unauthorized', 'The current password is not right, or the account cannot sign in now');
      const weak = checkPasswordStrength(body.new_password, session.user.email);
      if (weak)
        throw new ProblemError('validation_error', `The new password ${weak}`, {
          errors: [{ path: ['new_password'], message: weak }],
        });
      const token = sessionTokenOf(request)!;
      await ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        const orgId = session.organization.id;
        const passwordHash = await hashPassword(body.new_password);
        await setConsolePasswordHash(ctx, { tx, orgId, id: session.user.id, passwordHash, at: now });
        // Every other session of the user ends: whoever else knew the old password is signed out.
        await revokeUserConsoleSessions(ctx, {
          tx,
          orgId,
          userId: session.user.id,
          at: now,
          exceptTokenHash: hashSecret(token),
        });
        await recordConsoleEvent(ctx, tx, {
          orgId: session.organization.id,
          user: session.user,
          action: 'console.password_changed',
        });
      });
      return reply.code(204).send();
    });

    scope.post('/console/auth/sign-out', async (request, reply) => {
      const resolved = await requireSession(request, { csrf: true });
      await revokeConsoleSession(ctx, { orgId: resolved.session.organization.id, sessionId: resolved.sessionId });
      await recordConsoleEvent(ctx, ctx.db, {
        orgId: resolved.session.organization.id,
        user: resolved.session.user,
        action: 'console.sign_out',
      });
      clearSessionCookie(reply, ctx.config.publicUrl);
      return reply.code(204).send();
    });

    registerOidcRoutes(scope, ctx, { startSession });
    registerConsolePasskeyRoutes(scope, ctx, { startSession, requireSession });
  });
}
