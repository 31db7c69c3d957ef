import { ProblemError } from '../../../kernel/ProblemError';
import type { ProofPreparation } from '../framework/ProofDefinition';
import { loadReferenceEmbedding } from './face/loadReferenceEmbedding';
import { readFaceFrames } from './face/readFaceFrames';
import { sharedFaceAnalyzer } from './face/sharedFaceAnalyzer';
import { openFaceChallenge, type FaceState } from './faceChallengeState';
import { holdFaceAnalysis } from './pendingFaceAnalyses';

/** The posted frames: ~20 JPEGs of ≤300 KB as base64, plus the challenge id. */
const ATTEMPT_BODY_LIMIT = 24 * 410_000 + 4096;

/**
 * The `attempt` action's preparation: checks the frames against the live challenge, then runs the
 * model on them and on the reference photo before the verification is locked (seconds on WASM). The
 * action receives only a reference to the analysis held in this process.
 */
export const prepareFaceAttempt: ProofPreparation = {
  bodyLimit: ATTEMPT_BODY_LIMIT,
  async run({ ctx, verification, proof }, body) {
    // No model runs, and nothing changes, without the live challenge the page was given.
    const challenge = openFaceChallenge(proof.state as FaceState, body.challenge_id, ctx.clock.now());
    if (!challenge)
      throw new ProblemError(
        'invalid_state',
        'No live challenge matches these frames (none was asked for, it was already used, or it expired); start the camera again',
      );
    const read = readFaceFrames(body.frames);
    if (!read.ok)
      throw new ProblemError(read.status, read.message, { errors: [{ path: ['frames'], message: read.message }] });
    const analyzer = sharedFaceAnalyzer();
    const started = performance.now();
    const reference = await loadReferenceEmbedding(ctx, ctx.db, {
      orgId: verification.orgId,
      employeeId: verification.employee.id,
      analyzer,
    });
    if (!reference.ok)
      throw new ProblemError('invalid_state', `The face check cannot run: ${reference.problem}. Tell the help desk.`);
    const analyses = await analyzer.analyze(read.frames);
    const ref = holdFaceAnalysis({
      verificationId: verification.id,
      challengeId: challenge.id,
      analyses,
      reference: reference.embedding,
      images: read.frames,
      analysisMs: performance.now() - started,
    });
    return { analysis_ref: ref };
  },
};
