import { FACE_MATCH_THRESHOLD_DEFAULT } from '@helpdesk-verify/core-client/schemas';
import { createFaceAnalyzer } from '../../src/domain/proofs/faceMatch/face/createFaceAnalyzer';
import { decideFaceAttempt } from '../../src/domain/proofs/faceMatch/face/decideFaceAttempt';
import type { DetectedFace } from '../../src/domain/proofs/faceMatch/face/FaceFrameAnalysis';
import { faceSimilarity } from '../../src/domain/proofs/faceMatch/face/faceSimilarity';
import {
  analyzeDistinct,
  challengeYaws,
  encodeJpeg,
  loadSampleFaces,
  pickTurnableFace,
  turnHead,
  type SampleFace,
} from './faceFixtures';

// The real model (Human 3.3.6 on WASM, in its worker thread) on the face-api sample photos.
describe('face model on the sample photos', () => {
  const analyzer = createFaceAnalyzer();
  let faces: SampleFace[];
  let embeddings: number[][];
  const onlyFace = (a: Awaited<ReturnType<typeof analyzer.analyze>>[number]): DetectedFace => {
    if (!a.ok) throw new Error(a.error);
    const found = a.faces.filter((f) => f.score >= 0.5);
    if (found.length !== 1) throw new Error(`${found.length} faces`);
    return found[0]!;
  };

  beforeAll(async () => {
    faces = await loadSampleFaces(analyzer);
    const found = (await analyzer.analyze(faces.map((f) => f.jpeg))).map(onlyFace);
    embeddings = found.map((f) => f.embedding);
  }, 300_000);
  afterAll(() => analyzer.close());

  it('finds one face in at least twelve different people', () => {
    expect(faces.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps every pair of different people below the default threshold', () => {
    const pairs: number[] = [];
    for (let i = 0; i < embeddings.length; i++)
      for (let j = i + 1; j < embeddings.length; j++) pairs.push(faceSimilarity(embeddings[i]!, embeddings[j]!));
    pairs.sort((a, b) => b - a);
    console.log(
      `different people: ${pairs.length} pairs, max ${pairs[0]}, p99 ${pairs[Math.floor(pairs.length * 0.01)]}, median ${pairs[Math.floor(pairs.length / 2)]}`,
    );
    expect(pairs[0]).toBeLessThan(FACE_MATCH_THRESHOLD_DEFAULT);
  });

  it('matches a person with themselves re-compressed, and mostly when turned', async () => {
    const recompressed = await analyzer.analyze(faces.map((f) => encodeJpeg(f.image, 60)));
    const turned = await analyzer.analyze(faces.map((f, i) => encodeJpeg(turnHead(f.image, i % 2 ? 0.6 : -0.6), 60)));
    // A face the detector misses counts as a non-match.
    const scores = (analyses: typeof turned) =>
      analyses
        .map((a, i) =>
          a.ok && a.faces.filter((f) => f.score >= 0.5).length === 1
            ? faceSimilarity(a.faces.find((f) => f.score >= 0.5)!.embedding, embeddings[i]!)
            : 0,
        )
        .sort((a, b) => a - b);
    const [flat, turn] = [scores(recompressed), scores(turned)];
    console.log(
      `same person, JPEG q60: ${flat.join(' ')}; turned ±0.6 rad (cylinder) q60: ${turn.filter((s) => s >= FACE_MATCH_THRESHOLD_DEFAULT).length}/${turn.length} ≥ ${FACE_MATCH_THRESHOLD_DEFAULT}, min ${turn[0]}, median ${turn[Math.floor(turn.length / 2)]}`,
    );
    expect(flat[0]).toBeGreaterThanOrEqual(FACE_MATCH_THRESHOLD_DEFAULT);
    expect(turn.filter((s) => s >= FACE_MATCH_THRESHOLD_DEFAULT).length / turn.length).toBeGreaterThanOrEqual(0.75);
  }, 180_000);

  it('decides a synthetic head turn: the reference passes, another person and a still photo fail', async () => {
    const turnable = await pickTurnableFace(analyzer, faces);
    console.log(
      `synthetic turn of ${faces[turnable.index]!.name}: yaw −${turnable.left.toFixed(2)} / +${turnable.right.toFixed(2)} rad`,
    );
    const ref = turnable.index;
    const reference = faces[ref]!;
    // Another person whose synthetic turn the model reads too, so only the match can fail them.
    const other = faces[turnable.ranked[1]!]!;
    const yaws = challengeYaws(['right', 'left'], 3);
    const framesOf = (f: SampleFace, still: boolean) =>
      yaws.map((yaw) => encodeJpeg(turnHead(f.image, still ? 0 : yaw), 85));
    const decideOn = (analyses: Awaited<ReturnType<typeof analyzer.analyze>>) =>
      decideFaceAttempt({
        analyses,
        challenge: ['right', 'left'],
        reference: embeddings[ref]!,
        threshold: FACE_MATCH_THRESHOLD_DEFAULT,
      });
    const decide = async (frames: Buffer[]) => decideOn(await analyzeDistinct(analyzer, frames));
    const passed = await decide(framesOf(reference, false));
    if (passed.outcome !== 'passed') console.log(passed.detail, JSON.stringify(passed.frames));
    expect(passed).toMatchObject({ outcome: 'passed' });
    console.log(
      `reference yaws: ${passed.frames.map((f) => f.yaw?.toFixed(2)).join(' ')}; real ${Math.min(...passed.frames.map((f) => f.real ?? 1)).toFixed(2)}+, live ${Math.min(...passed.frames.map((f) => f.live ?? 1)).toFixed(2)}+`,
    );
    // Whether or not the model reads the other person's synthetic turn (the challenge is checked
    // first), their face never reaches the reference: the no_match rule itself is unit-tested.
    const stranger = await decide(framesOf(other, false));
    expect(stranger.outcome).toBe('failed');
    expect(['no_match', 'challenge_not_followed']).toContain(stranger.outcome === 'failed' ? stranger.reason : null);
    expect(stranger.similarity ?? 0).toBeLessThan(FACE_MATCH_THRESHOLD_DEFAULT);
    expect(await decide(framesOf(reference, true))).toMatchObject({
      outcome: 'failed',
      reason: 'challenge_not_followed',
    });
    const turning = await analyzeDistinct(analyzer, framesOf(reference, false));
    expect(decideOn([...turning].reverse())).toMatchObject({ outcome: 'failed', reason: 'challenge_not_followed' });
  }, 240_000);

  it('reports an unreadable frame instead of failing the batch', async () => {
    const [bad] = await analyzer.analyze([Buffer.from('not a jpeg at all')]);
    expect(bad).toMatchObject({ ok: false });
  });
});
