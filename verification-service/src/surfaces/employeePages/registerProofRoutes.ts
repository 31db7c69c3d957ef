import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../../kernel/ProblemError';
import { loadProofRecords } from '../../domain/verifications/loadProofRecords';
import { loadSessionVerification } from '../../domain/verifications/loadSessionVerification';
import { runProofAction } from '../../domain/verifications/runProofAction';
import type { VerificationDeps } from '../../domain/verifications/VerificationDeps';
import type { ProofDefinition, ProofPreparation } from '../../domain/proofs/framework/ProofDefinition';
import { deviceCookieOf, postedSession, redirectToSession, userAgentOf, wantsJson } from './employeeRequest';

type ProofParams = { type: string; action: string };

/** The preparation a proof gives an action, if any. */
function preparationOf(definition: ProofDefinition | undefined, action: string): ProofPreparation | undefined {
  return definition?.prepare && Object.hasOwn(definition.prepare, action) ? definition.prepare[action] : undefined;
}

/**
 * The routes every proof is served through; a proof registers none of its own.
 * - `GET /proofs/:type/assets/:name`: the browser scripts of a proof's step, from our origin (the page
 *   CSP allows script-src 'self'), read once here.
 * - `POST /session/proofs/:type/:action`: one step of a proof for the employee's session (cookie and
 *   anti-forgery token). An action with a preparation has it run first, outside the transaction and
 *   one at a time per verification and proof, and the action receives what it returns. Form posts go
 *   back to the session page; scripts (`Accept: application/json`) get the step's result.
 */
export function registerProofRoutes(app: FastifyInstance, deps: VerificationDeps): void {
  const assets = new Map<string, string>(
    [...deps.proofs.values()].flatMap((d) =>
      Object.entries(d.assets?.() ?? {}).map(([name, body]) => [`${d.type}/${name}`, body] as const),
    ),
  );
  app.get<{ Params: { type: string; name: string } }>('/proofs/:type/assets/:name', async (request, reply) => {
    const body = assets.get(`${request.params.type}/${request.params.name}`);
    if (body === undefined) throw new ProblemError('not_found', 'No such asset');
    return reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(body);
  });

  const preparing = new Set<string>();
  const prepare = async (
    preparation: ProofPreparation,
    input: { verificationId: string; type: string; body: Record<string, unknown> },
  ): Promise<Record<string, unknown>> => {
    const key = `${input.verificationId}/${input.type}`;
    if (preparing.has(key))
      throw new ProblemError('conflict', 'This step of your verification is already being decided');
    preparing.add(key);
    try {
      const verification = await loadSessionVerification(deps, { id: input.verificationId });
      if (!verification) throw new ProblemError('not_found', 'This verification no longer exists');
      const proof = (await loadProofRecords(deps, { verificationId: verification.id })).find(
        (p) => p.type === input.type,
      );
      if (!proof) throw new ProblemError('not_found', 'This verification has no such step');
      if (proof.status !== 'pending') throw new ProblemError('invalid_state', `This step is already ${proof.status}`);
      return await preparation.run({ ctx: deps, verification, proof }, input.body);
    } finally {
      preparing.delete(key);
    }
  };

  const runStep = async (request: FastifyRequest, reply: FastifyReply, { type, action }: ProofParams) => {
    const { session, body } = await postedSession(deps, request);
    const preparation = preparationOf(deps.proofs.get(type as ProofDefinition['type']), action);
    try {
      const input = preparation
        ? await prepare(preparation, { verificationId: session.verificationId, type, body })
        : body;
      const result = await runProofAction(deps, {
        verificationId: session.verificationId,
        type,
        action,
        body: input,
        request: { userAgent: userAgentOf(request), ip: request.ip, deviceCookie: deviceCookieOf(request) },
      });
      if (wantsJson(request)) return reply.header('cache-control', 'no-store').send(result);
      return redirectToSession(deps, reply, result.notice);
    } catch (error) {
      if (error instanceof ProblemError && !wantsJson(request) && error.code === 'invalid_state')
        return reply.redirect('/session', 303);
      throw error;
    }
  };

  app.post<{ Params: ProofParams }>('/session/proofs/:type/:action', (request, reply) =>
    runStep(request, reply, request.params),
  );
  // An action that takes a larger body than the server's default gets the same route at its own path with its limit.
  for (const definition of deps.proofs.values())
    for (const [action, preparation] of Object.entries(definition.prepare ?? {}))
      if (preparation.bodyLimit)
        app.post(
          `/session/proofs/${definition.type}/${action}`,
          { bodyLimit: preparation.bodyLimit },
          (request, reply) => runStep(request, reply, { type: definition.type, action }),
        );
}
