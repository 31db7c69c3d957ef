/**
 * The face step's costs: the server's face decision time (per frame and per attempt) against JPEG
 * decoding alone as a baseline, both on the same camera-sized frames in this run; and the weight of
 * the employee page's face step (HTML + script, raw and gzip) as the built service serves it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as jpeg from 'jpeg-js';
import { createFaceAnalyzer, decideFaceAttempt } from '@helpdesk-verify/verification-service';
import { startBenchService } from './startBenchService';
import { summarizeLatencies, type LatencySummary } from './summarizeLatencies';
import { wallClockMs } from './wallClockMs';

export interface FaceBenchResult {
  frame: { width: number; height: number; bytes: number };
  framesPerAttempt: number;
  attempts: number;
  modelLoadMs: number;
  /** jpeg-js decode of one frame on the main thread: the floor any server-side analysis pays. */
  decodePerFrame: LatencySummary;
  /** Decode + detection, mesh, anti-spoof, liveness and embedding in the worker thread. */
  analysisPerFrame: LatencySummary;
  /** All frames of an attempt analysed, then the decision rules. */
  decisionPerAttempt: LatencySummary;
  page: {
    htmlBytes: number;
    htmlGzip: number;
    scriptBytes: number;
    scriptGzip: number;
    totalBytes: number;
    totalGzip: number;
  };
}

type Rgb = { width: number; height: number; data: Uint8Array };

/** A 640×480 window of a sample photo around (cx, cy), as a camera frame the page would post. */
function cameraFrame(photo: Rgb, cx: number, cy: number, scale: number): Buffer {
  const [w, h] = [640, 480];
  const rgba = Buffer.alloc(w * h * 4, 255);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = Math.round(cx + (x - w / 2) * scale);
      const sy = Math.round(cy + (y - h / 2) * scale);
      if (sx < 0 || sy < 0 || sx >= photo.width || sy >= photo.height) continue;
      const i = (sy * photo.width + sx) * 3;
      rgba.set([photo.data[i]!, photo.data[i + 1]!, photo.data[i + 2]!], (y * w + x) * 4);
    }
  }
  return jpeg.encode({ width: w, height: h, data: rgba }, 85).data;
}

async function measurePage(): Promise<FaceBenchResult['page']> {
  const service = await startBenchService({ employees: 1 });
  try {
    const photo = readFileSync(
      join(dirname(require.resolve('@vladmandic/human')), '..', 'assets', 'screenshot-faceid.jpg'),
    );
    await service.client.createEmployee({
      body: {
        email: 'face@bench.example',
        display_name: 'Face Bench',
        reference_photo: `data:image/jpeg;base64,${photo.toString('base64')}`,
      },
    });
    const link = await service.client.createLink({
      body: { name: 'Face', proofs: [{ type: 'face_match', required: true }], assurance: 'high' },
    });
    const created = await service.client.createVerification({
      body: {
        link_id: link.id,
        employee: { email: 'face@bench.example' },
        channels: ['email'],
        ticket: { system: 'api', id: 'FACE-1' },
        agent: { name: 'Bench' },
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    const url = /https?:\/\/\S+\/v\/[0-9A-Za-z]{43}/.exec(mail.text)![0];
    const started = await fetch(`${url}/start`, { method: 'POST', redirect: 'manual' });
    const cookie = started.headers
      .getSetCookie()
      .find((c) => c.startsWith('hv_session='))!
      .split(';')[0]!;
    const html = Buffer.from(await (await fetch(`${service.baseUrl}/session`, { headers: { cookie } })).arrayBuffer());
    if (!html.includes('id="face-step"')) throw new Error('the session page has no face step');
    const script = Buffer.from(
      await (await fetch(`${service.baseUrl}/proofs/face_match/assets/face.js`)).arrayBuffer(),
    );
    const [htmlGzip, scriptGzip] = [gzipSync(html).length, gzipSync(script).length];
    return {
      htmlBytes: html.length,
      htmlGzip,
      scriptBytes: script.length,
      scriptGzip,
      totalBytes: html.length + script.length,
      totalGzip: htmlGzip + scriptGzip,
    };
  } finally {
    await service.close();
  }
}

export async function measureFace(options: { attempts: number; framesPerAttempt: number }): Promise<FaceBenchResult> {
  const analyzer = createFaceAnalyzer();
  try {
    const samples = dirname(require.resolve('@vladmandic/face-api/package.json'));
    const photoBytes = readFileSync(join(samples, 'demo', 'sample1.jpg'));
    const photo = jpeg.decode(photoBytes, { formatAsRGBA: false, useTArray: true }) as Rgb;
    let t = wallClockMs();
    const [found] = await analyzer.analyze([photoBytes]);
    const modelLoadMs = wallClockMs() - t;
    if (!found?.ok || found.faces.length === 0) throw new Error('no face in sample1.jpg');
    const [x, y, w, h] = found.faces[0]!.box;
    // A face filling about a third of the frame, moving slightly from frame to frame like a head.
    const scale = (Math.max(w, h) * 3) / 640;
    const frames = Array.from({ length: options.framesPerAttempt }, (_, i) =>
      cameraFrame(photo, x + w / 2 + Math.sin(i) * w * 0.15, y + h / 2, scale),
    );
    const decode: number[] = [];
    const perFrame: number[] = [];
    const perAttempt: number[] = [];
    let reference: number[] | null = null;
    for (let a = 0; a < options.attempts; a++) {
      for (const f of frames) {
        t = wallClockMs();
        jpeg.decode(f, { formatAsRGBA: false, useTArray: true });
        decode.push(wallClockMs() - t);
      }
      t = wallClockMs();
      const analyses = await analyzer.analyze(frames);
      const first = analyses[0];
      reference ??= first?.ok && first.faces[0] ? first.faces[0].embedding : null;
      decideFaceAttempt({ analyses, challenge: ['left', 'right'], reference: reference ?? [], threshold: 0.6 });
      perAttempt.push(wallClockMs() - t);
      for (const an of analyses) if (an.ok) perFrame.push(an.ms);
    }
    return {
      frame: { width: 640, height: 480, bytes: Math.round(frames.reduce((s, f) => s + f.length, 0) / frames.length) },
      framesPerAttempt: options.framesPerAttempt,
      attempts: options.attempts,
      modelLoadMs,
      decodePerFrame: summarizeLatencies(decode),
      analysisPerFrame: summarizeLatencies(perFrame),
      decisionPerAttempt: summarizeLatencies(perAttempt),
      page: await measurePage(),
    };
  } finally {
    await analyzer.close();
  }
}

const num = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');

/** The face lines of the printed report. */
export function formatFaceReport(r: FaceBenchResult): string[] {
  const row = (label: string, l: LatencySummary) =>
    `  ${label.padEnd(52)}${[num(l.p50), num(l.p90), num(l.p99), num(l.max), String(l.count)].map((c) => c.padStart(9)).join('')}`;
  return [
    `Face decision (${r.attempts} attempts × ${r.framesPerAttempt} frames of ${r.frame.width}×${r.frame.height}, ~${Math.round(r.frame.bytes / 1024)} KB JPEG; model load ${num(r.modelLoadMs)} ms incl. first frame)`,
    `  ${''.padEnd(52)}${['p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'n'].map((c) => c.padStart(9)).join('')}`,
    row('baseline: JPEG decode alone, per frame', r.decodePerFrame),
    row('face analysis per frame (worker thread)', r.analysisPerFrame),
    row('face decision per attempt (all frames + rules)', r.decisionPerAttempt),
    `  per-frame analysis / decode: ${(r.analysisPerFrame.p50 / r.decodePerFrame.p50).toFixed(1)}× at p50`,
    `Employee page, face step: HTML ${r.page.htmlBytes} B (${r.page.htmlGzip} B gzip) + face.js ${r.page.scriptBytes} B (${r.page.scriptGzip} B gzip) = ${r.page.totalBytes} B (${r.page.totalGzip} B gzip)`,
  ];
}
