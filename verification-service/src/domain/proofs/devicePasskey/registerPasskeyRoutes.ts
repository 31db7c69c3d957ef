import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../../../kernel/ProblemError';
import { trustStoreFor } from './webauthn/loadTrustStore';
import type { VerificationDeps } from '../../verifications/VerificationDeps';

/** The two browser scripts of the passkey step, read once at start. */
function passkeyAssets(): Map<string, string> {
  return new Map([
    [
      'simplewebauthn-browser.umd.min.js',
      readFileSync(
        join(dirname(require.resolve('@simplewebauthn/browser')), '..', 'dist', 'bundle', 'index.umd.min.js'),
        'utf8',
      ),
    ],
    ['passkey.js', readFileSync(join(__dirname, '../../../../assets/passkey.js'), 'utf8')],
  ]);
}

/**
 * `GET /assets/:file` serves the passkey scripts from our own origin. The WebAuthn options of a
 * ceremony come back as the `data` of the `options` action's answer. The attestation trust store is
 * read here, at start, so a bad `HV_WEBAUTHN_TRUST_DIR` stops the service instead of the first enrolment.
 */
export function registerPasskeyRoutes(app: FastifyInstance, deps: VerificationDeps): void {
  trustStoreFor(deps.config.webauthnTrustDir);
  const assets = passkeyAssets();
  app.get<{ Params: { file: string } }>('/assets/:file', async (request, reply) => {
    const body = assets.get(request.params.file);
    if (body === undefined) throw new ProblemError('not_found', 'No such asset');
    return reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(body);
  });
}
