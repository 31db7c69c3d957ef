import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../../http/ProblemError';
import { findEmployeeSession, SESSION_COOKIE } from '../../pages/employee/employeeSessions';
import { loadProofRecords } from '../../verifications/loadProofRecords';
import type { VerificationDeps } from '../../verifications/VerificationDeps';
import type { PasskeyState } from './devicePasskeyProof';

/** The two browser scripts of the passkey step, read once at start. */
function passkeyAssets(): Map<string, string> {
  return new Map([
    ['simplewebauthn-browser.umd.min.js', readFileSync(join(dirname(require.resolve('@simplewebauthn/browser')), '..', 'dist', 'bundle', 'index.umd.min.js'), 'utf8')],
    ['passkey.js', readFileSync(join(__dirname, '../../../assets/passkey.js'), 'utf8')],
  ]);
}

/**
 * `GET /assets/:file` serves the passkey scripts from our own origin; `GET /session/passkey/options`
 * hands the employee's browser the WebAuthn options the `options` action stored (read only: the
 * challenge is created, and consumed, by the proof's actions).
 */
export function registerPasskeyRoutes(app: FastifyInstance, deps: VerificationDeps): void {
  const assets = passkeyAssets();
  app.get<{ Params: { file: string } }>('/assets/:file', async (request, reply) => {
    const body = assets.get(request.params.file);
    if (body === undefined) throw new ProblemError('not_found', 'No such asset');
    return reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').header('x-content-type-options', 'nosniff').send(body);
  });

  app.get('/session/passkey/options', async (request, reply) => {
    const session = await findEmployeeSession(deps, request.cookies[SESSION_COOKIE]);
    if (!session) throw new ProblemError('unauthorized', 'Your session has ended; open the link from your message again');
    const proof = (await loadProofRecords(deps.db, session.verificationId)).find((p) => p.type === 'device_passkey');
    const state = (proof?.state ?? {}) as PasskeyState;
    if (!proof || proof.status !== 'pending' || !state.options || !state.expires_at || Date.parse(state.expires_at) < deps.clock.now().getTime()) {
      throw new ProblemError('invalid_state', 'No passkey request is open; press the button again');
    }
    return reply.header('cache-control', 'no-store').send({ ceremony: state.ceremony, options: state.options });
  });
}
