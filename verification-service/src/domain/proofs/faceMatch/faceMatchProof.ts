import { randomInt } from 'node:crypto';
import { FaceMatchOptions } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import { findOrganization, settingsOf } from '../../organizations/organizationsTable';
import { ProblemError } from '../../../kernel/ProblemError';
import { randomBase62 } from '../../../kernel/ids';
import type { Queryable } from '../../../kernel/database';
import { decideFaceAttempt } from './face/decideFaceAttempt';
import { describeFaceChallenge, pickFaceChallenge } from './face/faceChallenge';
import { insertFaceAttempt } from './faceAttemptsTable';
import type { ProofDefinition, ProofStepContext, ProofStepResult } from '../framework/ProofDefinition';
import { takeFaceAnalysis } from './pendingFaceAnalyses';
import { openFaceChallenge, type FaceState } from './faceChallengeState';
import { prepareFaceAttempt } from './prepareFaceAttempt';
import { eraseDueFaceImages } from './face/eraseDueFaceImages';
import { proofScript } from '../framework/proofAssets';
import { renderFaceStep } from './renderFaceStep';

/** A challenge lives two minutes and is used once; three failed attempts (or ten unused challenges) fail the proof. */
export const FACE = { challengeLifetimeMs: 2 * 60_000, maxFailures: 3, maxChallenges: 10 } as const;

/** The organisation's face image retention (days; 0 keeps none). */
async function faceImageRetentionDays(ctx: AppContext, input: { tx: Queryable; orgId: string }): Promise<number> {
  const organization = await findOrganization(ctx, { tx: input.tx, id: input.orgId });
  return settingsOf(organization?.settings ?? {}).face_image_retention_days;
}

async function attempt(step: ProofStepContext, input: Record<string, unknown>): Promise<ProofStepResult> {
  const v = step.verification;
  const state = step.proof.state as FaceState;
  const analysis = takeFaceAnalysis(input.analysis_ref, v.id);
  if (!analysis)
    throw new ProblemError(
      'validation_error',
      'Face frames are accepted only through the attempt action, for the live challenge the page asked for',
    );
  const challenge = openFaceChallenge(state, analysis.challengeId, step.ctx.clock.now());
  // Checked again under the row lock: two posts of one challenge cannot both be decided.
  if (!challenge)
    throw new ProblemError('invalid_state', 'This challenge was already used or has expired; start again');
  const threshold = Math.round(FaceMatchOptions.parse(step.options ?? {}).threshold * 1000) / 1000;
  const decision = decideFaceAttempt({
    analyses: analysis.analyses,
    challenge: challenge.turns,
    reference: analysis.reference,
    threshold,
  });
  await insertFaceAttempt(step.ctx, {
    tx: step.tx,
    orgId: v.orgId,
    verificationId: v.id,
    employeeId: v.employee.id,
    challenge: challenge.turns,
    decision,
    threshold,
    embeddings: analysis.analyses.flatMap((a) =>
      a.ok ? a.faces.filter((f) => f.score >= 0.5).map((f) => f.embedding) : [],
    ),
    images: analysis.images,
    retentionDays: await faceImageRetentionDays(step.ctx, { tx: step.tx, orgId: v.orgId }),
    analysisMs: analysis.analysisMs,
    at: step.ctx.clock.now(),
  });
  const next: FaceState = { ...state };
  delete next.challenge;
  if (decision.outcome === 'passed') {
    return {
      status: 'passed',
      assurance: 'high',
      detail: `Face biometric with active liveness: ${decision.detail}; every frame passed the anti-spoof and liveness models. High assurance: something the employee is, checked live against the photo on file.`,
      state: next as Record<string, unknown>,
    };
  }
  const failures = step.proof.attempts + 1;
  if (failures >= FACE.maxFailures)
    return {
      status: 'failed',
      detail: `Face check failed ${failures} times; last: ${decision.detail}`,
      attempts: failures,
      state: next as Record<string, unknown>,
    };
  return {
    status: 'pending',
    attempts: failures,
    state: next as Record<string, unknown>,
    notice: `The face check did not pass (${decision.detail}). Try again in good light, following the instructions.`,
  };
}

/** Settings of the face proof: where challenge randomness comes from (crypto by default; seeded in tests). */
export interface FaceMatchProofSettings {
  random?: () => number;
}

/**
 * Face biometric with active liveness: the server picks a random head-turn challenge (single use,
 * two minutes), the page films the employee doing it, and the server's model decides on the frames
 * (one face each, anti-spoof and liveness, the turns in order, the same person, a match with the
 * reference photo at the Link's threshold).
 */
export function createFaceMatchProof(settings: FaceMatchProofSettings = {}): ProofDefinition {
  const random = settings.random ?? (() => randomInt(0, 2 ** 32) / 2 ** 32);
  return {
    type: 'face_match',
    assurance: 'high',
    title: 'Face check with your camera',
    description:
      'A live face capture with a random head-turn challenge, decided on the server: liveness and anti-spoof models, then a match against the employee’s reference photo.',
    precondition({ employee }) {
      if (!employee.has_reference_photo)
        return 'The employee has no reference photo, so the face check cannot run; add a photo to the employee (directory import, update or LDAP) or use a Link without face_match';
      if (employee.reference_photo_type !== 'image/jpeg')
        return 'The employee’s reference photo is not a JPEG, which the face check needs; upload a JPEG photo';
      return null;
    },
    async onStart(step) {
      const state: FaceState = {
        ...(step.proof.state as FaceState),
        retention_days: await faceImageRetentionDays(step.ctx, { tx: step.tx, orgId: step.verification.orgId }),
      };
      return { status: 'pending', state: state as Record<string, unknown> };
    },
    actions: {
      async challenge(step) {
        const state = step.proof.state as FaceState;
        const issued = (state.challenges_issued ?? 0) + 1;
        if (issued > FACE.maxChallenges)
          return {
            status: 'failed',
            detail: `Face check abandoned: ${FACE.maxChallenges} challenges without a decision`,
          };
        const turns = pickFaceChallenge(random);
        const expires_at = new Date(step.ctx.clock.now().getTime() + FACE.challengeLifetimeMs).toISOString();
        const next: FaceState = {
          ...state,
          challenges_issued: issued,
          challenge: { id: randomBase62(24), turns, expires_at },
        };
        return {
          status: 'pending',
          state: next as Record<string, unknown>,
          notice: `Please ${describeFaceChallenge(turns)}.`,
          data: { challenge: next.challenge },
        };
      },
      attempt,
    },
    prepare: { attempt: prepareFaceAttempt },
    renderPending: renderFaceStep,
    assets: () => ({ 'face.js': proofScript('faceMatch', 'face.js') }),
    // Face images kept under the organisation's face_image_retention_days are erased when due.
    jobs: [{ name: 'erase-face-images', intervalMs: 15 * 60_000, run: (ctx) => eraseDueFaceImages(ctx) }],
  };
}

/** The face proof the service runs. */
export const faceMatchProof: ProofDefinition = createFaceMatchProof();
