import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../../kernel/ProblemError';
import { loadProofRecords } from '../../domain/verifications/loadProofRecords';
import { loadSessionVerification } from '../../domain/verifications/loadSessionVerification';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATTERN } from '../../domain/verifications/noteDevice';
import { newSecret } from '../../kernel/secrets';
import { finishVerificationByEmployee, runProofAction } from '../../domain/verifications/runProofAction';
import { inspectLinkToken, startVerificationSession } from '../../domain/verifications/startVerificationSession';
import type { VerificationDeps } from '../../domain/verifications/VerificationDeps';
import { PAGE_CSP } from '../pageLayout/layout';
import {
  csrfTokenFor,
  csrfTokenMatches,
  findEmployeeSession,
  SESSION_COOKIE,
} from '../../domain/employeeSessions/employeeSessions';
import { landingPage, linkUnusablePage, sessionPage } from './employeeViews';
import { registerReportRoutes, reportCsrfFor } from './registerReportRoutes';
import { reportedPage } from './reportViews';
import { reportNotRequestedBefore } from '../../domain/verifications/reportNotRequestedBefore';

const NOTICE_COOKIE = 'hv_notice';

function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', PAGE_CSP)
    .send(body);
}

/**
 * The employee side: `GET /v/:token` only shows a page; `POST /v/:token/start` trades the token for
 * a short-lived HttpOnly session cookie; `/session` runs the proofs. Forms carry a per-session
 * anti-forgery token and the cookie is SameSite=Strict.
 */
export function registerEmployeePages(app: FastifyInstance, deps: VerificationDeps): void {
  const secure = deps.config.publicUrl.startsWith('https:');
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure };
  const userAgent = (request: FastifyRequest) =>
    typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null;
  // The browser's first-party device cookie: set when the link is opened (and at start if missing), so
  // the service can tell whether the link was completed in the browser that opened it. Lax: it is
  // set on the navigation from the mail; it names the browser only, and grants nothing.
  const deviceCookieOf = (request: FastifyRequest) => {
    const value = request.cookies[DEVICE_COOKIE];
    return value && DEVICE_COOKIE_PATTERN.test(value) ? value : null;
  };
  const setDeviceCookie = (reply: FastifyReply, value: string) =>
    reply.setCookie(DEVICE_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 400 * 86_400 });

  app.get<{ Params: { token: string } }>('/v/:token', async (request, reply) => {
    const state = await inspectLinkToken(deps, request.params.token);
    const { token } = request.params;
    if (state.kind === 'usable') {
      if (!deviceCookieOf(request)) setDeviceCookie(reply, newSecret(''));
      return sendPage(reply, 200, landingPage(state.verification, token, reportCsrfFor(deps, token)));
    }
    // After "I did not request this", the link keeps saying so (not a bare "ended").
    if (
      state.kind === 'ended' &&
      state.verification.status === 'failed' &&
      (await reportNotRequestedBefore(deps.db, state.verification))
    ) {
      return sendPage(reply, 410, reportedPage({ kind: 'already_reported' }, state.verification));
    }
    // A single-use link someone else already started, while the verification is open: the employee can still report it.
    const report = state.kind === 'used' ? { token, csrf: reportCsrfFor(deps, token) } : undefined;
    return sendPage(
      reply,
      state.kind === 'unknown' ? 404 : 410,
      linkUnusablePage(state.kind, 'verification' in state ? state.verification : undefined, report),
    );
  });

  app.post<{ Params: { token: string } }>('/v/:token/start', async (request, reply) => {
    const knownDevice = deviceCookieOf(request);
    const device = knownDevice ?? newSecret('');
    const started = await startVerificationSession(deps, {
      token: request.params.token,
      userAgent: userAgent(request),
      deviceCookie: device,
    });
    if (started.kind !== 'started') {
      return sendPage(
        reply,
        started.kind === 'unknown' ? 404 : 410,
        linkUnusablePage(started.kind, 'verification' in started ? started.verification : undefined),
      );
    }
    reply.setCookie(SESSION_COOKIE, started.cookie, { ...cookieOptions, expires: started.expiresAt });
    if (!knownDevice) setDeviceCookie(reply, device);
    return reply.redirect('/session', 303);
  });

  app.get('/session', async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    const session = await findEmployeeSession(deps, cookie);
    const verification = session ? await loadSessionVerification(deps.db, session.verificationId) : null;
    if (!cookie || !verification) return sendPage(reply, 401, linkUnusablePage('session'));
    if (verification.status === 'failed' && (await reportNotRequestedBefore(deps.db, verification)))
      return sendPage(reply, 200, reportedPage({ kind: 'already_reported' }, verification));
    const noticeCookie = request.cookies[NOTICE_COOKIE];
    const notice = noticeCookie ? Buffer.from(noticeCookie, 'base64url').toString('utf8').slice(0, 300) : null;
    if (noticeCookie) reply.clearCookie(NOTICE_COOKIE, { path: '/session' });
    return sendPage(
      reply,
      200,
      sessionPage({
        verification,
        proofs: await loadProofRecords(deps.db, verification.id),
        definitions: deps.proofs,
        csrfToken: csrfTokenFor(deps, cookie),
        notice,
      }),
    );
  });

  const sessionFor = async (request: FastifyRequest) => {
    const cookie = request.cookies[SESSION_COOKIE];
    const session = await findEmployeeSession(deps, cookie);
    if (!cookie || !session)
      throw new ProblemError('unauthorized', 'Your session has ended; open the link from your message again');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const presented = body.csrf ?? request.headers['x-csrf-token'];
    if (!csrfTokenMatches(deps, cookie, presented))
      throw new ProblemError('forbidden', 'This form has expired; reload the page');
    return { session, body };
  };
  const wantsJson = (request: FastifyRequest) => (request.headers.accept ?? '').includes('application/json');

  app.post<{ Params: { type: string; action: string } }>('/session/proofs/:type/:action', async (request, reply) => {
    const { session, body } = await sessionFor(request);
    try {
      const result = await runProofAction(deps, {
        verificationId: session.verificationId,
        type: request.params.type,
        action: request.params.action,
        body,
        request: { userAgent: userAgent(request), ip: request.ip, deviceCookie: deviceCookieOf(request) },
      });
      if (wantsJson(request)) return reply.header('cache-control', 'no-store').send(result);
      if (result.notice)
        reply.setCookie(NOTICE_COOKIE, Buffer.from(result.notice).toString('base64url'), {
          ...cookieOptions,
          path: '/session',
          maxAge: 60,
        });
      return reply.redirect('/session', 303);
    } catch (error) {
      if (error instanceof ProblemError && !wantsJson(request) && error.code === 'invalid_state')
        return reply.redirect('/session', 303);
      throw error;
    }
  });

  registerReportRoutes(app, deps);

  app.post('/session/finish', async (request, reply) => {
    const { session } = await sessionFor(request);
    try {
      await finishVerificationByEmployee(deps, {
        verificationId: session.verificationId,
        browser: { userAgent: userAgent(request), deviceCookie: deviceCookieOf(request) },
      });
    } catch (error) {
      if (!(error instanceof ProblemError && error.code === 'invalid_state')) throw error;
    }
    return wantsJson(request) ? reply.send({ ok: true }) : reply.redirect('/session', 303);
  });
}
