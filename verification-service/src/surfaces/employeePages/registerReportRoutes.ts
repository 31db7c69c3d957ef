import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../kernel/AppContext';
import { ProblemError } from '../../kernel/ProblemError';
import { safeEqual } from '../../kernel/secrets';
import { loadSessionVerification } from '../../domain/verifications/loadSessionVerification';
import { reportNotRequested, type ReportOutcome } from '../../domain/verifications/reportNotRequested';
import { inspectLinkToken } from '../../domain/verifications/startVerificationSession';
import type { VerificationDeps } from '../../domain/verifications/VerificationDeps';
import { PAGE_CSP } from '../pageLayout/layout';
import { csrfTokenMatches, findEmployeeSession, SESSION_COOKIE } from '../../domain/employeeSessions/employeeSessions';
import { linkUnusablePage } from './employeeViews';
import { reportedPage } from './reportViews';

/**
 * The anti-forgery token of the report form on the page a link opens (no session exists yet): derived
 * from the link token with the service key, so a page that does not know the token cannot make one.
 */
export const reportCsrfFor = (ctx: AppContext, token: string): string =>
  ctx.key.mac(`report:${token}`).toString('base64url');

function reportCsrfMatches(ctx: AppContext, token: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length > 100) return false;
  return safeEqual(Buffer.from(reportCsrfFor(ctx, token)), Buffer.from(presented));
}

function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', PAGE_CSP)
    .send(body);
}

const statusOf = (outcome: ReportOutcome): number =>
  outcome.kind === 'ended' ? 409 : outcome.kind === 'unknown' ? 404 : 200;

/**
 * "I did not request this", from the page the link opens (`POST /v/:token/report`, before Start) and
 * from the verification page (`POST /session/report`, after). Both are form posts with an
 * anti-forgery token, answered with a page, so they work without script.
 */
export function registerReportRoutes(app: FastifyInstance, deps: VerificationDeps): void {
  app.post<{ Params: { token: string } }>('/v/:token/report', async (request, reply) => {
    const { token } = request.params;
    const state = await inspectLinkToken(deps, { token });
    if (state.kind === 'unknown') return sendPage(reply, 404, linkUnusablePage('unknown'));
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!reportCsrfMatches(deps, token, body.csrf))
      throw new ProblemError('forbidden', 'This form has expired; reload the page');
    const outcome = await reportNotRequested(deps, { verificationId: state.verification.id, via: 'link' });
    return sendPage(reply, statusOf(outcome), reportedPage(outcome, state.verification));
  });

  app.post('/session/report', async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    const session = await findEmployeeSession(deps, { cookie });
    if (!cookie || !session) return sendPage(reply, 401, linkUnusablePage('session'));
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!csrfTokenMatches(deps, cookie, body.csrf ?? request.headers['x-csrf-token']))
      throw new ProblemError('forbidden', 'This form has expired; reload the page');
    const outcome = await reportNotRequested(deps, { verificationId: session.verificationId, via: 'session' });
    const verification = await loadSessionVerification(deps, { id: session.verificationId });
    return sendPage(reply, statusOf(outcome), reportedPage(outcome, verification ?? undefined));
  });
}
