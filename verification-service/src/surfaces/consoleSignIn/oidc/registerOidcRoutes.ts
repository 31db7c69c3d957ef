import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import type { AppContext } from '../../../kernel/AppContext';
import { cookiesAreSecure } from '../consoleSessionCookie';
import { discoverOidcProvider } from './discoverOidcProvider';
import { findOidcOrganization } from './findOidcOrganization';
import { findOrCreateOidcUser } from './findOrCreateOidcUser';
import { loadOidcConfig } from '../../../domain/consoleUsers/consoleOidcConfigsTable';
import { OIDC_LOGIN_TTL_MS, OIDC_STATE_COOKIE, openOidcLoginState, sealOidcLoginState } from './oidcLoginState';

const STATE_COOKIE_PATH = '/console/auth/oidc';

type StartSession = (
  request: FastifyRequest,
  reply: FastifyReply,
  input: { orgId: string; userId: string; method: 'oidc' },
) => Promise<unknown>;

/**
 * `GET /console/auth/oidc/start?org=<organisation id, email domain or email>` sends the browser to the
 * organisation's IdP (authorization code with PKCE S256, state and nonce, kept in a sealed cookie);
 * `GET /console/auth/oidc/callback` checks all three, finds or creates the user, starts the session
 * and sends the browser to /console/. Every failure goes to /console/sign-in?error=<code>.
 */
export function registerOidcRoutes(
  scope: FastifyInstance,
  ctx: AppContext,
  input: { startSession: StartSession },
): void {
  const redirectUri = `${ctx.config.publicUrl}/console/auth/oidc/callback`;
  const secure = cookiesAreSecure(ctx.config.publicUrl);
  const fail = (reply: FastifyReply, error: string) =>
    reply.redirect(`/console/sign-in?error=${encodeURIComponent(error)}`, 302);

  scope.get('/console/auth/oidc/start', async (request, reply) => {
    const org = (request.query as Record<string, unknown>).org;
    const config = typeof org === 'string' && org.length <= 320 ? await findOidcOrganization(ctx, { org }) : null;
    if (!config) return fail(reply, 'sso_not_configured');
    let provider: oidc.Configuration;
    try {
      provider = await discoverOidcProvider(ctx.key, config);
    } catch (error) {
      request.log.warn(
        { err: error instanceof Error ? error.message : String(error), orgId: config.orgId },
        'OIDC discovery failed',
      );
      return fail(reply, 'idp_unavailable');
    }
    const state = {
      orgId: config.orgId,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      expiresAt: ctx.clock.now().getTime() + OIDC_LOGIN_TTL_MS,
    };
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(state.codeVerifier),
      code_challenge_method: 'S256',
      state: state.state,
      nonce: state.nonce,
    });
    reply.setCookie(OIDC_STATE_COOKIE, sealOidcLoginState(ctx.key, state), {
      httpOnly: true,
      secure,
      sameSite: 'lax',
      path: STATE_COOKIE_PATH,
      maxAge: OIDC_LOGIN_TTL_MS / 1000,
    });
    return reply.redirect(url.href, 302);
  });

  scope.get('/console/auth/oidc/callback', async (request, reply) => {
    // The state cookie is single use: whatever happens next, it is gone.
    const login = openOidcLoginState(ctx.key, request.cookies[OIDC_STATE_COOKIE], ctx.clock.now());
    reply.clearCookie(OIDC_STATE_COOKIE, { httpOnly: true, secure, sameSite: 'lax', path: STATE_COOKIE_PATH });
    const query = request.query as Record<string, unknown>;
    if (typeof query.error === 'string') return fail(reply, 'idp_refused');
    if (!login) return fail(reply, 'sign_in_expired');
    const config = await loadOidcConfig(ctx, { orgId: login.orgId });
    if (!config || !config.enabled) return fail(reply, 'sso_not_configured');
    let provider: oidc.Configuration;
    try {
      provider = await discoverOidcProvider(ctx.key, config);
    } catch (error) {
      request.log.warn(
        { err: error instanceof Error ? error.message : String(error), orgId: config.orgId },
        'OIDC discovery failed',
      );
      return fail(reply, 'idp_unavailable');
    }
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, new URL(`${redirectUri}${search}`), {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as Record<string, unknown> | undefined;
      // Many IdPs put email and name only in userinfo when an access token is issued (OIDC Core 5.4).
      if (claims && typeof claims.sub === 'string' && typeof claims.email !== 'string') {
        const userInfo = await oidc.fetchUserInfo(provider, tokens.access_token, claims.sub);
        claims = { ...userInfo, ...claims };
      }
    } catch (error) {
      request.log.warn(
        { err: error instanceof Error ? error.message : String(error), orgId: config.orgId },
        'OIDC sign-in refused',
      );
      return fail(reply, 'sign_in_failed');
    }
    if (!claims) return fail(reply, 'sign_in_failed');
    const found = await findOrCreateOidcUser(ctx, { config, claims });
    if ('refused' in found) return fail(reply, found.refused);
    await input.startSession(request, reply, { orgId: config.orgId, userId: found.userId, method: 'oidc' });
    return reply.redirect('/console/', 302);
  });
}
