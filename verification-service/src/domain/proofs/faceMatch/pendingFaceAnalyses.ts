import { randomBase62 } from '../../../kernel/ids';
import type { FaceFrameAnalysis } from './face/FaceFrameAnalysis';

/** The model's work on one posted attempt, handed from the frames route to the proof's `submit` step. */
export interface PendingFaceAnalysis {
  verificationId: string;
  challengeId: string;
  analyses: FaceFrameAnalysis[];
  reference: number[];
  images: Buffer[];
  analysisMs: number;
}

const LIFETIME_MS = 60_000;
const pending = new Map<string, { analysis: PendingFaceAnalysis; expires: number }>();

/**
 * Keeps an analysis in this process under a fresh random reference, for the step that follows in the
 * same request. The model runs before the verification row is locked (seconds on WASM), and the
 * step, under the lock, only accepts analyses this process made: a reference cannot be forged.
 */
export function holdFaceAnalysis(analysis: PendingFaceAnalysis, now = Date.now()): string {
  for (const [ref, entry] of pending) if (entry.expires <= now) pending.delete(ref);
  const ref = randomBase62(32);
  pending.set(ref, { analysis, expires: now + LIFETIME_MS });
  return ref;
}

/** Takes (once) the analysis held under `ref` for `verificationId`, or null. */
export function takeFaceAnalysis(ref: unknown, verificationId: string, now = Date.now()): PendingFaceAnalysis | null {
  if (typeof ref !== 'string') return null;
  const entry = pending.get(ref);
  if (!entry) return null;
  pending.delete(ref);
  return entry.expires > now && entry.analysis.verificationId === verificationId ? entry.analysis : null;
}
