import type { DetectedFace, FaceFrameAnalysis } from './FaceFrameAnalysis';
import type { HeadTurn } from './faceChallenge';
import { faceSimilarity } from './faceSimilarity';

/**
 * The rules of a face decision, measured with Human 3.3.6 (WASM) on the face-api sample photos and
 * on synthetic head turns of them (see test/face and bench/faceDecision.ts for the figures).
 */
export const FACE_RULES = {
  /** A detection below this is not a face (partial faces at a crop edge score ≈0.4). */
  faceMinScore: 0.5,
  /** Anti-spoof (`real`) floor per frame: live sample faces measured 0.39–0.86. */
  realMin: 0.3,
  /** Liveness (`live`) floor per frame: live sample faces measured 0.49–1.0. */
  liveMin: 0.4,
  /** How far (radians, ≈6°) yaw must move from the first frames for a turn to count; a still photo moves < 0.03. */
  turnMinYaw: 0.1,
  /** Every frame must be this similar to the first one (the same person throughout). */
  samePersonMin: 0.5,
  /** Frames the start of the capture (looking straight) that set the resting yaw. */
  restingFrames: 3,
} as const;

/** Numbers recorded for each frame (no image). */
export interface FaceFrameRecord {
  faces: number;
  score: number | null;
  real: number | null;
  live: number | null;
  yaw: number | null;
  similarity_to_reference: number | null;
}

export type FaceFailure =
  | 'unreadable_frame'
  | 'no_face'
  | 'several_faces'
  | 'spoof'
  | 'not_live'
  | 'challenge_not_followed'
  | 'different_people'
  | 'no_match';

/** The decision on one attempt: passed, or failed with a reason; both carry the per-frame numbers. */
export type FaceDecision =
  | { outcome: 'passed'; similarity: number; detail: string; frames: FaceFrameRecord[] }
  | { outcome: 'failed'; reason: FaceFailure; detail: string; similarity: number | null; frames: FaceFrameRecord[] };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Index of the frame after `from` where the head has turned to `turn` from `resting`, or -1. */
function findTurn(yaws: number[], from: number, turn: HeadTurn, resting: number): number {
  for (let i = from; i < yaws.length; i++) {
    const moved = yaws[i]! - resting;
    // Yaw goes negative as the person turns to their own left (the camera sees the face move right).
    if (turn === 'left' ? moved <= -FACE_RULES.turnMinYaw : moved >= FACE_RULES.turnMinYaw) return i;
  }
  return -1;
}

/**
 * Decides a face attempt from the model's analyses of the captured frames: every frame shows exactly
 * one face that passes the anti-spoof and liveness floors, the head turns as the challenge asked and
 * in its order, the same person is in every frame, and the best frame matches the reference
 * embedding at `threshold` or more. Pure: the model ran before.
 */
export function decideFaceAttempt(input: {
  analyses: readonly FaceFrameAnalysis[];
  challenge: readonly HeadTurn[];
  reference: readonly number[];
  threshold: number;
}): FaceDecision {
  const frames: FaceFrameRecord[] = [];
  const faces: DetectedFace[] = [];
  let failure: { reason: FaceFailure; detail: string } | null = null;
  input.analyses.forEach((analysis, i) => {
    if (!analysis.ok) {
      frames.push({ faces: 0, score: null, real: null, live: null, yaw: null, similarity_to_reference: null });
      failure ??= { reason: 'unreadable_frame', detail: `frame ${i + 1} is ${analysis.error}` };
      return;
    }
    const found = analysis.faces.filter((f) => f.score >= FACE_RULES.faceMinScore);
    const face = found.length === 1 ? found[0]! : null;
    frames.push({
      faces: found.length,
      score: face?.score ?? null,
      real: face?.real ?? null,
      live: face?.live ?? null,
      yaw: face?.yaw ?? null,
      similarity_to_reference: face ? faceSimilarity(face.embedding, input.reference) : null,
    });
    if (!face) {
      failure ??=
        found.length === 0
          ? { reason: 'no_face', detail: `no face in frame ${i + 1}` }
          : { reason: 'several_faces', detail: `${found.length} faces in frame ${i + 1}` };
      return;
    }
    if (face.real < FACE_RULES.realMin)
      failure ??= {
        reason: 'spoof',
        detail: `anti-spoof score ${face.real.toFixed(2)} < ${FACE_RULES.realMin} in frame ${i + 1}`,
      };
    else if (face.live < FACE_RULES.liveMin)
      failure ??= {
        reason: 'not_live',
        detail: `liveness score ${face.live.toFixed(2)} < ${FACE_RULES.liveMin} in frame ${i + 1}`,
      };
    faces.push(face);
  });
  const best = frames.reduce<number | null>(
    (m, f) => (f.similarity_to_reference === null ? m : Math.max(m ?? 0, f.similarity_to_reference)),
    null,
  );
  if (failure)
    return { outcome: 'failed', ...(failure as { reason: FaceFailure; detail: string }), similarity: best, frames };

  const yaws = faces.map((f) => f.yaw);
  const resting = median(yaws.slice(0, FACE_RULES.restingFrames));
  let at = 0;
  for (const turn of input.challenge) {
    const found = findTurn(yaws, at, turn, resting);
    if (found < 0) {
      const range = `${(Math.min(...yaws) - resting).toFixed(2)}…${(Math.max(...yaws) - resting).toFixed(2)} rad`;
      return {
        outcome: 'failed',
        reason: 'challenge_not_followed',
        detail: `the head did not turn ${input.challenge.join(' then ')} (yaw moved ${range})`,
        similarity: best,
        frames,
      };
    }
    at = found + 1;
  }

  const first = faces[0]!;
  const consistency = Math.min(...faces.slice(1).map((f) => faceSimilarity(first.embedding, f.embedding)));
  if (consistency < FACE_RULES.samePersonMin) {
    return {
      outcome: 'failed',
      reason: 'different_people',
      detail: `the face changed during the capture (similarity ${consistency.toFixed(2)} < ${FACE_RULES.samePersonMin})`,
      similarity: best,
      frames,
    };
  }
  const similarity = best ?? 0;
  if (similarity < input.threshold) {
    return {
      outcome: 'failed',
      reason: 'no_match',
      detail: `the face does not match the reference photo (similarity ${similarity.toFixed(2)} < ${input.threshold})`,
      similarity,
      frames,
    };
  }
  return {
    outcome: 'passed',
    similarity,
    detail: `matched the reference photo (similarity ${similarity.toFixed(2)} ≥ ${input.threshold}) over ${frames.length} live frames in which the head turned ${input.challenge.join(' then ')} as asked`,
    frames,
  };
}
