import { decideFaceAttempt, FACE_RULES } from './decideFaceAttempt';
import type { DetectedFace, FaceFrameAnalysis } from './FaceFrameAnalysis';
import { faceSimilarity } from './faceSimilarity';

// Embeddings: vectors of length ≈9, as Human's measure. A seeded generator keeps the test deterministic.
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5;
}
function unit(values: number[]): number[] {
  const n = Math.hypot(...values) / 9;
  return values.map((v) => v / n);
}
const person = (seed: number) => unit(Array.from({ length: 1024 }, seeded(seed)));
const near = (e: number[], amount: number, seed: number) => {
  const noise = seeded(seed);
  return unit(e.map((v) => v + noise() * amount));
};
const alice = person(1);
const bob = person(2);

// Yaw, anti-spoof and liveness numbers recorded from Human on sample1's second face turned by a cylinder warp.
const face = (yaw: number, embedding: number[], extra: Partial<DetectedFace> = {}): DetectedFace => ({
  score: 1,
  real: 0.51,
  live: 0.92,
  yaw,
  pitch: 0.1,
  box: [100, 80, 200, 200],
  embedding,
  ...extra,
});
const frame = (...faces: DetectedFace[]): FaceFrameAnalysis => ({ ok: true, width: 480, height: 480, faces, ms: 180 });
const leftThenRight = [0.09, 0.09, 0.1, 0.0, -0.11, -0.06, 0.09, 0.19, 0.23, 0.1].map((yaw, i) =>
  frame(face(yaw, near(alice, 0.5, 10 + i))),
);

describe('decideFaceAttempt', () => {
  const base = { challenge: ['left', 'right'] as const, reference: alice, threshold: 0.6 };

  it('passes the reference person turning left then right', () => {
    const decision = decideFaceAttempt({ ...base, analyses: leftThenRight });
    expect(decision).toMatchObject({ outcome: 'passed' });
    expect(decision.similarity).toBeGreaterThan(0.9);
    expect(decision.frames).toHaveLength(10);
    expect(decision.frames[4]).toMatchObject({ faces: 1, yaw: -0.11 });
  });

  it('fails the same frames when the challenge asked right first (order matters)', () => {
    expect(decideFaceAttempt({ ...base, challenge: ['right', 'left'], analyses: leftThenRight })).toMatchObject({
      outcome: 'failed',
      reason: 'challenge_not_followed',
    });
  });

  it('fails a three-turn challenge the frames only do twice', () => {
    expect(decideFaceAttempt({ ...base, challenge: ['left', 'right', 'left'], analyses: leftThenRight })).toMatchObject(
      { outcome: 'failed', reason: 'challenge_not_followed' },
    );
  });

  it('fails a still photo: yaw stays within the noise of the model', () => {
    const still = [0.09, 0.1, 0.08, 0.11, 0.07, 0.09, 0.12, 0.06].map((yaw, i) =>
      frame(face(yaw, near(alice, 0.3, i))),
    );
    const decision = decideFaceAttempt({ ...base, analyses: still });
    expect(decision).toMatchObject({ outcome: 'failed', reason: 'challenge_not_followed' });
    expect(decision.detail).toContain('did not turn left then right');
  });

  it('fails another person who follows the challenge', () => {
    const other = leftThenRight.map((a, i) => (a.ok ? frame(face(a.faces[0]!.yaw, near(bob, 0.5, i))) : a));
    const decision = decideFaceAttempt({ ...base, analyses: other });
    expect(decision).toMatchObject({ outcome: 'failed', reason: 'no_match' });
    expect(faceSimilarity(alice, bob)).toBeLessThan(0.6);
  });

  it('fails when the face changes during the capture (a swap after the turns)', () => {
    const swapped = [...leftThenRight.slice(0, 9), frame(face(0.1, near(bob, 0.5, 99)))];
    expect(decideFaceAttempt({ ...base, analyses: swapped })).toMatchObject({
      outcome: 'failed',
      reason: 'different_people',
    });
  });

  it('fails a frame with no face, two faces, a low anti-spoof or a low liveness score', () => {
    const withFrame = (f: FaceFrameAnalysis) => [...leftThenRight.slice(0, 5), f, ...leftThenRight.slice(6)];
    expect(decideFaceAttempt({ ...base, analyses: withFrame(frame()) })).toMatchObject({
      outcome: 'failed',
      reason: 'no_face',
      detail: 'no face in frame 6',
    });
    expect(decideFaceAttempt({ ...base, analyses: withFrame(frame(face(0, alice), face(0, bob))) })).toMatchObject({
      outcome: 'failed',
      reason: 'several_faces',
    });
    expect(decideFaceAttempt({ ...base, analyses: withFrame(frame(face(0, alice, { real: 0.2 }))) })).toMatchObject({
      outcome: 'failed',
      reason: 'spoof',
    });
    expect(decideFaceAttempt({ ...base, analyses: withFrame(frame(face(0, alice, { live: 0.1 }))) })).toMatchObject({
      outcome: 'failed',
      reason: 'not_live',
    });
    expect(
      decideFaceAttempt({ ...base, analyses: withFrame({ ok: false, error: 'not a decodable JPEG' }) }),
    ).toMatchObject({ outcome: 'failed', reason: 'unreadable_frame' });
  });

  it('ignores a weak detection (a partial face at the edge) when counting faces', () => {
    const edge = face(0.3, bob, { score: FACE_RULES.faceMinScore - 0.12 });
    const analyses = leftThenRight.map((a) => (a.ok ? frame(...a.faces, edge) : a));
    expect(decideFaceAttempt({ ...base, analyses })).toMatchObject({ outcome: 'passed' });
  });

  it('applies the Link threshold', () => {
    const decision = decideFaceAttempt({ ...base, threshold: 1, analyses: leftThenRight });
    expect(decision).toMatchObject({ outcome: 'failed', reason: 'no_match' });
  });
});
