import type { FastifyInstance, FastifyReply } from 'fastify';
import { ProblemError } from '../../kernel/ProblemError';
import { loadProofRecords } from '../../domain/verifications/loadProofRecords';
import { loadSessionVerification } from '../../domain/verifications/loadSessionVerification';
import { DEVICE_COOKIE } from '../../domain/verifications/noteDevice';
import { newSecret } from '../../kernel/secrets';
import { finishVerificationByEmployee } from '../../domain/verifications/runProofAction';
import { inspectLinkToken, startVerificationSession } from '../../domain/verifications/startVerificationSession';
import type { VerificationDeps } from '../../domain/verifications/VerificationDeps';
import { PAGE_CSP } from '../pageLayout/layout';
import { csrfTokenFor, findEmployeeSession, SESSION_COOKIE } from '../../domain/employeeSessions/employeeSessions';
import {
  deviceCookieOf,
  NOTICE_COOKIE,
  postedSession,
  sessionCookieOptions,
  userAgentOf,
  wantsJson,
} from './employeeRequest';
import { landingPage, linkUnusablePage, sessionPage } from './employeeViews';
import { registerProofRoutes } from './registerProofRoutes';
import { registerReportRoutes, reportCsrfFor } from './registerReportRoutes';
import { reportedPage } from './reportViews';
import { verificationWasReported } from '../../domain/verifications/verificationEventsTable';

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
  const cookieOptions = sessionCookieOptions(deps);
  const { secure } = cookieOptions;
  // The browser's first-party device cookie: set when the link is opened (and at start if missing), so
  // the service can tell whether the link was completed in the browser that opened it. Lax: it is
  // set on the navigation from the mail; it names the browser only, and grants nothing.
  const setDeviceCookie = (reply: FastifyReply, value: string) =>
    reply.setCookie(DEVICE_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 400 * 86_400 });

  app.get<{ Params: { token: string } }>('/v/:token', async (request, reply) => {
    const state = await inspectLinkToken(deps, { token: request.params.token });
    const { token } = request.params;
    if (state.kind === 'usable') {
      if (!deviceCookieOf(request)) setDeviceCookie(reply, newSecret(''));
      return sendPage(reply, 200, landingPage(state.verification, token, reportCsrfFor(deps, token)));
    }
    // After "I did not request this", the link keeps saying so (not a bare "ended").
    if (
      state.kind === 'ended' &&
      state.verification.status === 'failed' &&
      (await verificationWasReported(deps, { orgId: state.verification.orgId, verificationId: state.verification.id }))
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
      userAgent: userAgentOf(request),
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
    const session = await findEmployeeSession(deps, { cookie });
    const verification = session ? await loadSessionVerification(deps, { id: session.verificationId }) : null;
    if (!cookie || !verification) return sendPage(reply, 401, linkUnusablePage('session'));
    if (
      verification.status === 'failed' &&
      (await verificationWasReported(deps, { orgId: verification.orgId, verificationId: verification.id }))
    )
      return sendPage(reply, 200, reportedPage({ kind: 'already_reported' }, verification));
    const noticeCookie = request.cookies[NOTICE_COOKIE];
    const notice = noticeCookie ? Buffer.from(noticeCookie, 'base64url').toString('utf8').slice(0, 300) : null;
    if (noticeCookie) reply.clearCookie(NOTICE_COOKIE, { path: '/session' });
    return sendPage(
      reply,
      200,
      sessionPage({
        verification,
        proofs: await loadProofRecords(deps, { verificationId: verification.id }),
        definitions: deps.proofs,
        csrfToken: csrfTokenFor(deps, cookie),
        notice,
      }),
    );
  });

  registerProofRoutes(app, deps);
  registerReportRoutes(app, deps);

  app.post('/session/finish', async (request, reply) => {
    const { session } = await postedSession(deps, request);
    try {
      await finishVerificationByEmployee(deps, {
        verificationId: session.verificationId,
        browser: { userAgent: userAgentOf(request), deviceCookie: deviceCookieOf(request) },
      });
    } catch (error) {
      if (!(error instanceof ProblemError && error.code === 'invalid_state')) throw error;
    }
    return wantsJson(request) ? reply.send({ ok: true }) : reply.redirect('/session', 303);
  });
}
