import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { eraseDueFaceImages } from '../../src/domain/proofs/faceMatch/face/eraseDueFaceImages';
import { openEmbeddings } from '../../src/domain/proofs/faceMatch/face/sealedEmbeddings';
import type { HeadTurn } from '../../src/domain/proofs/faceMatch/face/faceChallenge';
import { sharedFaceAnalyzer } from '../../src/domain/proofs/faceMatch/face/sharedFaceAnalyzer';
import {
  encodeJpeg,
  loadSampleFaces,
  pickTurnableFace,
  TURN_AMPLITUDE,
  turnHead,
  type SampleFace,
} from './faceFixtures';

/** Few frames (the server runs the model on each): straight ×3, then each turn ×2 and back ×1. */
function framesFor(face: SampleFace, turns: readonly HeadTurn[]): string[] {
  const yaws = [
    0,
    0,
    0,
    ...turns.flatMap((t) => [
      t === 'left' ? TURN_AMPLITUDE : -TURN_AMPLITUDE,
      t === 'left' ? TURN_AMPLITUDE : -TURN_AMPLITUDE,
      0,
    ]),
  ];
  return yaws.map((y) => encodeJpeg(turnHead(face.image, y), 85).toString('base64'));
}

describe.each(DATABASE_KINDS)('face_match proof over HTTP on %s', (kind) => {
  let service: TestService;
  let reference: SampleFace;
  let linkId: string;
  let tickets = 0;

  beforeAll(async () => {
    const faces = await loadSampleFaces(sharedFaceAnalyzer());
    reference = faces[(await pickTurnableFace(sharedFaceAnalyzer(), faces)).index]!;
    service = await startTestService(kind);
    const { client } = service.org;
    await client.createEmployee({
      body: {
        email: 'robin@acme.example',
        display_name: 'Robin Face',
        reference_photo: `data:image/jpeg;base64,${reference.jpeg.toString('base64')}`,
      },
    });
    await client.createEmployee({ body: { email: 'nophoto@acme.example', display_name: 'No Photo' } });
    linkId = (
      await client.createLink({
        body: { name: 'Face', proofs: [{ type: 'email_possession' }, { type: 'face_match' }], assurance: 'high' },
      })
    ).id;
  }, 300_000);
  afterAll(() => service?.close());

  async function session() {
    const created = await service.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email: 'robin@acme.example' },
        ticket: { system: 'api', id: `F-${++tickets}` },
        agent: { name: 'Alex' },
      },
    });
    const mail = (await service.app.outbox!.list({ limit: 1000 })).find(
      (m) => m.channel === 'email' && m.text.includes(created.match_code),
    )!;
    const started = await fetch(`${linkFrom(mail.text)}/start`, { method: 'POST', redirect: 'manual' });
    const cookie = started.headers
      .getSetCookie()
      .find((c) => c.startsWith('hv_session='))!
      .split(';')[0]!;
    const page = await (await fetch(`${service.baseUrl}/session`, { headers: { cookie } })).text();
    const csrf = /id="face-step" data-action-base="[^"]*" data-csrf="([^"]+)"/.exec(page)![1]!;
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${service.baseUrl}${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, any> };
    };
    return { id: created.id, page, post };
  }
  const proofRow = async (id: string) =>
    (
      await service.app.deps.db.query<{
        status: string;
        attempts: number;
        detail: string | null;
        assurance: string | null;
      }>(
        "SELECT status, attempts, detail, assurance FROM verification_proofs WHERE verification_id = $1 AND type = 'face_match'",
        [id],
      )
    )[0]!;
  const attemptsOf = async (id: string) =>
    service.app.deps.db.query<Record<string, any>>(
      'SELECT * FROM face_attempts WHERE org_id = $1 AND verification_id = $2 ORDER BY created_at',
      [service.org.id, id],
    );

  it('refuses at creation a verification for an employee without a reference photo', async () => {
    await expect(
      service.org.client.createVerification({
        body: {
          link_id: linkId,
          employee: { email: 'nophoto@acme.example' },
          ticket: { system: 'api', id: 'F-none' },
          agent: { name: 'Alex' },
        },
      }),
    ).rejects.toMatchObject({ status: 422, problem: { detail: expect.stringContaining('no reference photo') } });
  });

  it('says before the camera starts that no image is kept, and passes the reference person doing the challenge', async () => {
    const s = await session();
    expect(s.page).toContain('No image of you is kept after the decision');
    const { json } = await s.post('/session/proofs/face_match/challenge', {});
    const turns = json.data.challenge.turns as HeadTurn[];
    const result = await s.post('/session/proofs/face_match/attempt', {
      challenge_id: json.data.challenge.id,
      frames: framesFor(reference, turns),
    });
    expect(result).toMatchObject({ status: 200, json: { status: 'passed' } });
    expect(await proofRow(s.id)).toMatchObject({
      status: 'passed',
      assurance: 'high',
      detail: expect.stringContaining('active liveness'),
    });
    const [row] = await attemptsOf(s.id);
    expect(row).toMatchObject({
      decision: 'passed',
      images_sealed: null,
      images_delete_at: null,
      frame_count: 3 + turns.length * 3,
    });
    expect(row!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(openEmbeddings(service.app.deps, row!.embeddings_sealed)).toHaveLength(3 + turns.length * 3);
    // The challenge was used: the same frames again are refused before any model runs.
    expect(
      (
        await s.post('/session/proofs/face_match/attempt', {
          challenge_id: json.data.challenge.id,
          frames: framesFor(reference, turns),
        })
      ).status,
    ).toBe(409);
  }, 120_000);

  it('refuses frames without a live challenge, replayed, too few, too many, too big or not JPEG, and changes nothing', async () => {
    const s = await session();
    const frames = framesFor(reference, ['left', 'right']);
    expect(await s.post('/session/proofs/face_match/attempt', { challenge_id: 'x'.repeat(24), frames })).toMatchObject({
      status: 409,
      json: { detail: expect.stringContaining('No live challenge') },
    });
    const { json } = await s.post('/session/proofs/face_match/challenge', {});
    const id = json.data.challenge.id as string;
    expect(
      (
        await s.post('/session/proofs/face_match/attempt', {
          challenge_id: id.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')),
          frames,
        })
      ).status,
    ).toBe(409);
    expect(
      (await s.post('/session/proofs/face_match/attempt', { challenge_id: id, frames: frames.slice(0, 5) })).status,
    ).toBe(422);
    expect(
      (
        await s.post('/session/proofs/face_match/attempt', {
          challenge_id: id,
          frames: Array.from({ length: 25 }, () => frames[0]),
        })
      ).status,
    ).toBe(413);
    expect(
      (
        await s.post('/session/proofs/face_match/attempt', {
          challenge_id: id,
          frames: [...frames.slice(1), Buffer.from('<svg></svg>').toString('base64')],
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await s.post('/session/proofs/face_match/attempt', {
          challenge_id: id,
          frames: [...frames.slice(1), 'A'.repeat(500_000)],
        })
      ).status,
    ).toBe(413);
    // The proof's own action cannot be fed an analysis from outside.
    const direct = await fetch(`${service.baseUrl}/session/proofs/face_match/attempt`, {
      method: 'POST',
      headers: { cookie: '', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(direct.status).toBe(401);
    expect(await proofRow(s.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await attemptsOf(s.id)).toHaveLength(0);
  }, 60_000);

  it('fails a still photo (no head turn), counts the attempt, and keeps sealed images when the organisation set a retention', async () => {
    await service.app.deps.db.query(
      `UPDATE organizations SET settings = settings || '{"face_image_retention_days": 2}'::jsonb WHERE id = $1`,
      [service.org.id],
    );
    const s = await session();
    expect(s.page).toContain('keeps the images, encrypted, for 2 days');
    const { json } = await s.post('/session/proofs/face_match/challenge', {});
    const still = Array.from({ length: 6 }, () => encodeJpeg(reference.image, 85).toString('base64'));
    const result = await s.post('/session/proofs/face_match/attempt', {
      challenge_id: json.data.challenge.id,
      frames: still,
    });
    expect(result).toMatchObject({
      status: 200,
      json: { status: 'pending', notice: expect.stringContaining('did not turn') },
    });
    expect(await proofRow(s.id)).toMatchObject({ status: 'pending', attempts: 1 });
    const [row] = await attemptsOf(s.id);
    expect(row).toMatchObject({ decision: 'failed', reason: 'challenge_not_followed' });
    expect(row!.images_sealed).not.toBeNull();
    expect(JSON.parse(service.app.deps.key.decrypt(row!.images_sealed))).toEqual(still);
    expect(await eraseDueFaceImages(service.app.deps)).toEqual({ erased: 0 });
    service.clock.advance(2 * 86_400_000 + 1000);
    expect(await eraseDueFaceImages(service.app.deps)).toEqual({ erased: 1 });
    expect((await attemptsOf(s.id))[0]).toMatchObject({ images_sealed: null, decision: 'failed' });
    await service.app.deps.db.query(
      `UPDATE organizations SET settings = settings || '{"face_image_retention_days": 0}'::jsonb WHERE id = $1`,
      [service.org.id],
    );
  }, 120_000);
});
