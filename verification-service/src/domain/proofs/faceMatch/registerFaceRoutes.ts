import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../../../kernel/ProblemError';
import { csrfTokenMatches, findEmployeeSession, SESSION_COOKIE } from '../../employeeSessions/employeeSessions';
import { loadProofRecords } from '../../verifications/loadProofRecords';
import { loadSessionVerification } from '../../verifications/loadSessionVerification';
import { runProofAction } from '../../verifications/runProofAction';
import type { VerificationDeps } from '../../verifications/VerificationDeps';
import type { FaceAnalyzer } from './face/createFaceAnalyzer';
import { loadReferenceEmbedding } from './face/loadReferenceEmbedding';
import { readFaceFrames } from './face/readFaceFrames';
import { openFaceChallenge, type FaceState } from './faceMatchProof';
import { holdFaceAnalysis } from './pendingFaceAnalyses';

/** The posted frames: ~20 JPEGs of ≤300 KB as base64, plus the challenge id. */
const ATTEMPT_BODY_LIMIT = 24 * 410_000 + 4096;

/**
 * The face step's routes: `GET /assets/face.js` (the page script), `POST /session/face/challenge`
 * (a new random challenge, through the proof's `challenge` action) and `POST /session/face/attempt`
 * (the frames: checked, analysed by the model before the verification is locked, then decided by
 * the proof's `submit` action). Both need the employee's session cookie and anti-forgery token.
 */
export function registerFaceRoutes(
  app: FastifyInstance,
  deps: VerificationDeps,
  options: { analyzer: () => FaceAnalyzer },
): void {
  const script = readFileSync(join(__dirname, '../../../../assets/face.js'), 'utf8');
  app.get('/assets/face.js', async (_request, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(script),
  );

  const sessionFor = async (request: FastifyRequest) => {
    const cookie = request.cookies[SESSION_COOKIE];
    const session = await findEmployeeSession(deps, cookie);
    if (!cookie || !session)
      throw new ProblemError('unauthorized', 'Your session has ended; open the link from your message again');
    if (!csrfTokenMatches(deps, cookie, request.headers['x-csrf-token']))
      throw new ProblemError('forbidden', 'This page has expired; reload it');
    return session;
  };
  const requestInfo = (request: FastifyRequest) => ({
    userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
    ip: request.ip,
  });
  const faceProof = async (verificationId: string) => {
    const proof = (await loadProofRecords(deps.db, verificationId)).find((p) => p.type === 'face_match');
    if (!proof) throw new ProblemError('not_found', 'This verification has no face check');
    if (proof.status !== 'pending')
      throw new ProblemError('invalid_state', `The face check is already ${proof.status}`);
    return proof;
  };

  app.post('/session/face/challenge', async (request, reply) => {
    const session = await sessionFor(request);
    await faceProof(session.verificationId);
    const result = await runProofAction(deps, {
      verificationId: session.verificationId,
      type: 'face_match',
      action: 'challenge',
      body: {},
      request: requestInfo(request),
    });
    if (result.status !== 'pending')
      return reply.header('cache-control', 'no-store').send({ ...result, challenge: null });
    const state = (await faceProof(session.verificationId)).state as FaceState;
    const c = state.challenge!;
    return reply
      .header('cache-control', 'no-store')
      .send({ ...result, challenge: { id: c.id, turns: c.turns, expires_at: c.expires_at } });
  });

  // One attempt at a time per verification: a burst of copies of one post would run the model for each.
  const inFlight = new Set<string>();
  app.post<{ Body: { challenge_id?: unknown; frames?: unknown } }>(
    '/session/face/attempt',
    { bodyLimit: ATTEMPT_BODY_LIMIT },
    async (request, reply) => {
      const session = await sessionFor(request);
      if (inFlight.has(session.verificationId))
        throw new ProblemError('conflict', 'A face check of this verification is already being decided');
      inFlight.add(session.verificationId);
      try {
        return await decideAttempt(request, reply, session);
      } finally {
        inFlight.delete(session.verificationId);
      }
    },
  );

  const decideAttempt = async (request: FastifyRequest, reply: FastifyReply, session: { verificationId: string }) => {
    const body = (request.body ?? {}) as { challenge_id?: unknown; frames?: unknown };
    const proof = await faceProof(session.verificationId);
    // No model runs, and nothing changes, without the live challenge the page was given.
    const challenge = openFaceChallenge(proof.state as FaceState, body.challenge_id, deps.clock.now());
    if (!challenge)
      throw new ProblemError(
        'invalid_state',
        'No live challenge matches these frames (none was asked for, it was already used, or it expired); start the camera again',
      );
    const read = readFaceFrames(body.frames);
    if (!read.ok)
      throw new ProblemError(read.status, read.message, { errors: [{ path: ['frames'], message: read.message }] });
    const verification = await loadSessionVerification(deps.db, session.verificationId);
    if (!verification) throw new ProblemError('not_found', 'This verification no longer exists');
    const analyzer = options.analyzer();
    const started = performance.now();
    const reference = await loadReferenceEmbedding(deps, deps.db, {
      orgId: verification.orgId,
      employeeId: verification.employee.id,
      analyzer,
    });
    if (!reference.ok)
      throw new ProblemError('invalid_state', `The face check cannot run: ${reference.problem}. Tell the help desk.`);
    const analyses = await analyzer.analyze(read.frames);
    const ref = holdFaceAnalysis({
      verificationId: session.verificationId,
      challengeId: challenge.id,
      analyses,
      reference: reference.embedding,
      images: read.frames,
      analysisMs: performance.now() - started,
    });
    const result = await runProofAction(deps, {
      verificationId: session.verificationId,
      type: 'face_match',
      action: 'submit',
      body: { analysis_ref: ref },
      request: requestInfo(request),
    });
    return reply.header('cache-control', 'no-store').send(result);
  };
}
