import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import type { HeadTurn } from '../../src/domain/proofs/faceMatch/face/faceChallenge';
import { sharedFaceAnalyzer } from '../../src/domain/proofs/faceMatch/face/sharedFaceAnalyzer';
import {
  challengeYaws,
  loadSampleFaces,
  pickTurnableFace,
  turnHeadOver,
  writeY4m,
  type SampleFace,
} from '../face/faceFixtures';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';

const FPS = 10;

/**
 * The face step in real Chromium with a fake camera playing a .y4m file. The server picks the
 * challenge at random; the test holds the page's challenge response until it has written the video
 * of the person doing what the server asked (Chromium opens the file when the page opens the camera),
 * so the "person" in front of the camera follows the instructions like an employee would.
 */
describe('face_match in real Chromium with a fake camera', () => {
  let service: TestService;
  let faces: SampleFace[];
  let reference: SampleFace;
  let other: SampleFace;
  let linkId: string;
  const dir = mkdtempSync(join(tmpdir(), 'hv-face-video-'));
  const browsers: Browser[] = [];
  let tickets = 0;

  beforeAll(async () => {
    faces = await loadSampleFaces(sharedFaceAnalyzer());
    // The two portraits whose synthetic head turn the model reads best: the reference, and another person.
    const { ranked } = await pickTurnableFace(sharedFaceAnalyzer(), faces);
    reference = faces[ranked[0]!]!;
    other = faces[ranked[1]!]!;
    service = await startTestService('pglite', { publicHost: 'localhost' });
    await service.org.client.createEmployee({
      body: {
        email: 'robin@acme.example',
        display_name: 'Robin Face',
        reference_photo: `data:image/jpeg;base64,${reference.jpeg.toString('base64')}`,
      },
    });
    linkId = (
      await service.org.client.createLink({
        body: { name: 'Face', proofs: [{ type: 'face_match', required: true }], assurance: 'high' },
      })
    ).id;
  }, 300_000);
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A browser whose camera plays `video` (written later, once the challenge is known). */
  async function browserWithCamera(video: string, options: { allowCamera?: boolean } = {}): Promise<Page> {
    writeY4m(video, [reference.image], FPS);
    const browser = await launchChromium([
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
      ...(options.allowCamera === false ? [] : ['--use-fake-ui-for-media-stream']),
    ]);
    browsers.push(browser);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    return context.newPage();
  }

  async function openFaceStep(page: Page): Promise<string> {
    const created = await service.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email: 'robin@acme.example' },
        channels: ['email'],
        ticket: { system: 'jira', id: `FACE-${++tickets}` },
        agent: { name: 'Alex Agent' },
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    await page.goto(linkFrom(mail.text));
    await page.getByRole('button', { name: 'Start verification' }).click();
    await page.waitForURL(/\/session$/);
    return created.id;
  }

  /** Holds the challenge response until `film(turns)` has written the camera's video. */
  async function filmWhenAsked(
    page: Page,
    video: string,
    film: (turns: HeadTurn[]) => SampleFace['image'][],
  ): Promise<void> {
    await page.route('**/session/proofs/face_match/challenge', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { data?: { challenge?: { turns: HeadTurn[] } } };
      if (body.data?.challenge) writeY4m(video, film(body.data.challenge.turns), FPS);
      await route.fulfill({ response, json: body });
    });
  }

  const doing = (face: SampleFace) => (turns: HeadTurn[]) => turnHeadOver(face.image, challengeYaws(turns, FPS));
  const reasonsOf = async (id: string) =>
    (
      await service.app.deps.db.query<{ reason: string | null }>(
        'SELECT reason FROM face_attempts WHERE org_id = $1 AND verification_id = $2',
        [service.org.id, id],
      )
    ).map((r) => r.reason);

  it('passes the reference person turning their head as asked, driven from the keyboard on a phone-sized screen', async () => {
    const video = join(dir, 'reference.y4m');
    const page = await browserWithCamera(video);
    const id = await openFaceStep(page);
    await expect(page.locator('#face-retention').textContent()).resolves.toContain(
      'No image of you is kept after the decision',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await filmWhenAsked(page, video, doing(reference));
    await page.locator('#face-start').focus();
    await page.keyboard.press('Enter');
    await page
      .locator('#face-instruction', { hasText: /Turn your head to your (LEFT|RIGHT)/ })
      .waitFor({ timeout: 60_000 });
    await page
      .getByRole('heading', { level: 1, name: /verified|could not verify/ })
      .or(page.locator('#face-status', { hasText: 'did not pass' }))
      .waitFor({ timeout: 150_000 });
    expect(await reasonsOf(id)).toEqual([null]);
    const verification = await service.org.client.getVerification({ params: { id } });
    const proof = verification.proofs.find((p) => p.type === 'face_match')!;
    expect(proof).toMatchObject({ status: 'passed', assurance: 'high' });
    expect(verification.status).toBe('passed');
  }, 240_000);

  it('fails another person who does the challenge (no match) and says so on the page', async () => {
    const video = join(dir, 'other.y4m');
    const page = await browserWithCamera(video);
    const id = await openFaceStep(page);
    await filmWhenAsked(page, video, doing(other));
    await page.locator('#face-start').click();
    await page.locator('#face-status', { hasText: 'did not pass' }).waitFor({ timeout: 150_000 });
    expect(await reasonsOf(id)).toEqual(['no_match']);
    await expect(page.locator('#face-status').textContent()).resolves.toContain('does not match the reference photo');
    const proof = (await service.org.client.getVerification({ params: { id } })).proofs.find(
      (p) => p.type === 'face_match',
    )!;
    expect(proof).toMatchObject({ status: 'pending', attempts: 1 });
    await expect(page.getByRole('button', { name: 'Try again' })).toBeTruthy();
  }, 240_000);

  it('fails a still photo of the reference person held to the camera (liveness: no head turn)', async () => {
    const video = join(dir, 'still.y4m');
    const page = await browserWithCamera(video);
    const id = await openFaceStep(page);
    await filmWhenAsked(page, video, () => [reference.image]);
    await page.locator('#face-start').click();
    await page.locator('#face-status', { hasText: 'did not turn' }).waitFor({ timeout: 150_000 });
    expect(await reasonsOf(id)).toEqual(['challenge_not_followed']);
  }, 240_000);

  it('tells the employee when camera access is denied', async () => {
    const page = await browserWithCamera(join(dir, 'denied.y4m'), { allowCamera: false });
    await openFaceStep(page);
    await page.locator('#face-start').click();
    await page.locator('#face-status', { hasText: /Camera access was denied|No camera was found/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Start the camera' }).isEnabled()).resolves.toBe(true);
  }, 60_000);
});
