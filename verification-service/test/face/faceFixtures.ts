import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as jpeg from 'jpeg-js';
import type { FaceAnalyzer } from '../../src/domain/proofs/faceMatch/face/createFaceAnalyzer';
import type { HeadTurn } from '../../src/domain/proofs/faceMatch/face/faceChallenge';

/** An RGB image, 3 bytes a pixel. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** One person's face cut out of the face-api sample photos (each shows three different people). */
export interface SampleFace {
  name: string;
  image: RgbImage;
  jpeg: Buffer;
}

const SAMPLES = dirname(require.resolve('@vladmandic/face-api/package.json'));

export function decodeJpeg(bytes: Uint8Array): RgbImage {
  const image = jpeg.decode(bytes, { formatAsRGBA: false, useTArray: true });
  return { width: image.width, height: image.height, data: image.data };
}

export function encodeJpeg(image: RgbImage, quality = 90): Buffer {
  const rgba = Buffer.alloc(image.width * image.height * 4);
  for (let i = 0, j = 0; i < image.data.length; i += 3, j += 4) {
    rgba[j] = image.data[i]!;
    rgba[j + 1] = image.data[i + 1]!;
    rgba[j + 2] = image.data[i + 2]!;
    rgba[j + 3] = 255;
  }
  return jpeg.encode({ width: image.width, height: image.height, data: rgba }, quality).data;
}

/** A `width`×`height` image of the `side`-wide square of `image` centred on (cx, cy), nearest pixel (grey outside). */
function crop(image: RgbImage, cx: number, cy: number, side: number, width: number, height = width): RgbImage {
  const data = new Uint8Array(width * height * 3).fill(128);
  const scale = side / width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = Math.round(cx - (width / 2) * scale + x * scale);
      const sy = Math.round(cy - (height / 2) * scale + y * scale);
      if (sx < 0 || sy < 0 || sx >= image.width || sy >= image.height) continue;
      data.set(image.data.subarray((sy * image.width + sx) * 3, (sy * image.width + sx) * 3 + 3), (y * width + x) * 3);
    }
  }
  return { width, height, data };
}

/**
 * Every face of sample1–6.jpg as its own 480² portrait, keeping those in which the model then finds
 * exactly one face (a neighbour's face at the edge would make a two-face photo).
 */
/** Where the cut portraits (and the turnable choice) are kept between test runs, per Human version. */
function sampleCacheDir(): string {
  const version = (
    JSON.parse(readFileSync(join(dirname(require.resolve('@vladmandic/human')), '..', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return join(tmpdir(), `hv-face-samples-${version}`);
}

export async function loadSampleFaces(analyzer: FaceAnalyzer): Promise<SampleFace[]> {
  // Cut once per machine (the model takes seconds on the full photos); later suites read the portraits.
  const cache = sampleCacheDir();
  if (existsSync(join(cache, 'done'))) {
    return readdirSync(cache)
      .filter((f) => f.endsWith('.jpg'))
      .sort()
      .map((f) => {
        const bytes = readFileSync(join(cache, f));
        return { name: f.slice(0, -4), image: decodeJpeg(bytes), jpeg: bytes };
      });
  }
  const cut = await cutSampleFaces(analyzer);
  mkdirSync(cache, { recursive: true });
  for (const face of cut) writeFileSync(join(cache, `${face.name}.jpg`), face.jpeg);
  writeFileSync(join(cache, 'done'), '');
  return cut;
}

async function cutSampleFaces(analyzer: FaceAnalyzer): Promise<SampleFace[]> {
  const photos = [1, 2, 3, 4, 5, 6].map((n) => decodeJpeg(readFileSync(join(SAMPLES, 'demo', `sample${n}.jpg`))));
  // Faces are found on a half-size copy (four times less work for the model), cut from the full photo.
  const analyses = await analyzer.analyze(
    photos.map((p) =>
      encodeJpeg(crop(p, p.width / 2, p.height / 2, p.width, Math.floor(p.width / 2), Math.floor(p.height / 2)), 90),
    ),
  );
  const candidates: SampleFace[] = [];
  analyses.forEach((analysis, n) => {
    if (!analysis.ok) throw new Error(`sample${n + 1}: ${analysis.error}`);
    const photo = photos[n]!;
    analysis.faces.forEach((face, i) => {
      const [x, y, w, h] = face.box.map((v) => v * 2) as [number, number, number, number];
      const image = crop(photo, x + w / 2, y + h / 2, Math.max(w, h) * 2, 480);
      candidates.push({ name: `sample${n + 1}-face${i + 1}`, image, jpeg: encodeJpeg(image) });
    });
  });
  const checked = await analyzer.analyze(candidates.map((c) => c.jpeg));
  return candidates.filter((_, i) => {
    const a = checked[i]!;
    return a.ok && a.faces.filter((f) => f.score >= 0.5).length === 1;
  });
}

/**
 * The face turned by `yaw` radians about a vertical axis, modelling the head as a cylinder of
 * `radius` pixels (by default about half the face's width in a sample portrait): each output column samples the column the turned cylinder brings there, so the
 * nose and eyes shift towards the turn while the far cheek narrows. Positive yaw turns the person to
 * their own left (the face moves to the image's right). Outside the cylinder the photo is unchanged.
 */
export function turnHead(image: RgbImage, yaw: number, radius = image.width / 3.4): RgbImage {
  const { width, height } = image;
  const cx = width / 2;
  const data = new Uint8Array(image.data.length);
  for (let x = 0; x < width; x++) {
    const r = (x - cx) / radius;
    let sx = x;
    if (Math.abs(r) < 1) {
      const angle = Math.asin(r) - yaw;
      sx = Math.abs(angle) < Math.PI / 2 ? Math.round(cx + radius * Math.sin(angle)) : -1;
    }
    for (let y = 0; y < height; y++) {
      const o = (y * width + x) * 3;
      if (sx < 0 || sx >= width) data.fill(90, o, o + 3);
      else data.set(image.data.subarray((y * width + sx) * 3, (y * width + sx) * 3 + 3), o);
    }
  }
  return { width, height, data };
}

/** How far (radians) the synthetic head turns. */
export const TURN_AMPLITUDE = 0.9;

/**
 * The sample face whose synthetic turn the model reads best (the least of its two yaw changes is the
 * largest): the cylinder is a crude head, and on some portraits the mesh barely follows it. Returns
 * its index and the measured changes.
 */
export async function pickTurnableFace(analyzer: FaceAnalyzer, faces: readonly SampleFace[]): Promise<TurnableFaces> {
  const cached = join(sampleCacheDir(), `turnable-v2-${TURN_AMPLITUDE}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as TurnableFaces;
  const best = await measureTurnableFace(analyzer, faces);
  writeFileSync(cached, JSON.stringify(best));
  return best;
}

/** The best-turning face (`index`, its yaw changes) and every face ranked from best to worst. */
export interface TurnableFaces {
  index: number;
  left: number;
  right: number;
  ranked: number[];
}

async function measureTurnableFace(analyzer: FaceAnalyzer, faces: readonly SampleFace[]): Promise<TurnableFaces> {
  const frames = faces.flatMap((f) => [
    f.jpeg,
    encodeJpeg(turnHead(f.image, TURN_AMPLITUDE)),
    encodeJpeg(turnHead(f.image, -TURN_AMPLITUDE)),
  ]);
  const analyses = await analyzer.analyze(frames);
  const yawOf = (i: number) => {
    const a = analyses[i]!;
    const found = a.ok ? a.faces.filter((f) => f.score >= 0.5) : [];
    return found.length === 1 ? found[0]!.yaw : Number.NaN;
  };
  const measured = faces.map((_, i) => {
    const resting = yawOf(i * 3);
    // Turning to the person's own left makes yaw go negative.
    const left = resting - yawOf(i * 3 + 1);
    const right = yawOf(i * 3 + 2) - resting;
    return { index: i, left, right, least: Number.isNaN(left + right) ? -1 : Math.min(left, right) };
  });
  const ranked = [...measured].sort((a, b) => b.least - a.least);
  const best = ranked[0]!;
  return { index: best.index, left: best.left, right: best.right, ranked: ranked.map((m) => m.index) };
}

/** Head yaw (warp radians) over time for a challenge: straight, then each turn held, then straight. */
/** `turnHead` for each yaw of `yaws`, warping each distinct yaw once (a held pose repeats its image). */
export function turnHeadOver(image: RgbImage, yaws: readonly number[]): RgbImage[] {
  const warped = new Map<number, RgbImage>();
  return yaws.map((yaw) => {
    let frame = warped.get(yaw);
    if (!frame) warped.set(yaw, (frame = turnHead(image, yaw)));
    return frame;
  });
}

export function challengeYaws(turns: readonly HeadTurn[], fps: number, amplitude = TURN_AMPLITUDE): number[] {
  const hold = (seconds: number, yaw: number) => Array.from({ length: Math.round(seconds * fps) }, () => yaw);
  const ramp = (from: number, to: number, seconds: number) => {
    const n = Math.round(seconds * fps);
    return Array.from({ length: n }, (_, i) => from + ((to - from) * (i + 1)) / n);
  };
  // The employee page asks to look straight for 1.5 s, then gives each turn 2.2 s.
  const yaws = hold(1.5, 0);
  for (const turn of turns) {
    const target = turn === 'left' ? amplitude : -amplitude;
    yaws.push(...ramp(0, target, 0.3), ...hold(1.6, target), ...ramp(target, 0, 0.3));
  }
  yaws.push(...hold(3, 0));
  return yaws;
}

/**
 * Analyses of `frames`, running the model once per distinct frame (a held pose repeats one image):
 * identical bytes give identical analyses, so this only saves time.
 */
export async function analyzeDistinct(
  analyzer: FaceAnalyzer,
  frames: readonly Buffer[],
): Promise<Awaited<ReturnType<FaceAnalyzer['analyze']>>> {
  const distinct = [...new Map(frames.map((f) => [f.toString('base64'), f])).values()];
  const analyses = await analyzer.analyze(distinct);
  const byKey = new Map(distinct.map((f, i) => [f.toString('base64'), analyses[i]!]));
  return frames.map((f) => byKey.get(f.toString('base64'))!);
}

/** Writes frames as a YUV4MPEG2 (4:2:0) file, the format Chromium's fake camera plays. */
export function writeY4m(path: string, frames: readonly RgbImage[], fps: number): void {
  const { width, height } = frames[0]!;
  const chunks: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  const converted = new Map<RgbImage, Buffer[]>();
  for (const f of frames) {
    const done = converted.get(f);
    if (done) {
      chunks.push(...done);
      continue;
    }
    const y = Buffer.alloc(width * height);
    const u = Buffer.alloc((width / 2) * (height / 2));
    const v = Buffer.alloc((width / 2) * (height / 2));
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = [f.data[i * 3]!, f.data[i * 3 + 1]!, f.data[i * 3 + 2]!];
      y[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
    for (let cy = 0; cy < height / 2; cy++) {
      for (let cx = 0; cx < width / 2; cx++) {
        const i = (cy * 2 * width + cx * 2) * 3;
        const [r, g, b] = [f.data[i]!, f.data[i + 1]!, f.data[i + 2]!];
        u[cy * (width / 2) + cx] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)));
        v[cy * (width / 2) + cx] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)));
      }
    }
    converted.set(f, [Buffer.from('FRAME\n'), y, u, v]);
    chunks.push(Buffer.from('FRAME\n'), y, u, v);
  }
  writeFileSync(path, Buffer.concat(chunks));
}
