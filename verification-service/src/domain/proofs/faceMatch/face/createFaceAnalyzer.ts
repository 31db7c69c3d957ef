import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FaceFrameAnalysis } from './FaceFrameAnalysis';
import { faceWorkerMain } from './faceWorkerMain';

/** Runs the face model on JPEG frames, off the event loop. */
export interface FaceAnalyzer {
  /** One analysis per frame, in order. Rejects only when the model cannot run at all. */
  analyze(frames: readonly Uint8Array[]): Promise<FaceFrameAnalysis[]>;
  /** Stops the worker (the next `analyze` starts a new one). */
  close(): Promise<void>;
}

/** Where the worker finds Human (its package `exports` hide the Node WASM build), the WASM binaries and the models. */
function workerPaths(): { human: string; wasmDir: string; modelsDir: string; jpeg: string } {
  const humanDist = dirname(require.resolve('@vladmandic/human'));
  return {
    human: join(humanDist, 'human.node-wasm.js'),
    wasmDir: dirname(require.resolve('@tensorflow/tfjs-backend-wasm')),
    modelsDir: join(humanDist, '..', 'models'),
    jpeg: require.resolve('jpeg-js'),
  };
}

/**
 * A face analyzer backed by one worker thread, started on first use (the model loads once, ≈0.5 s)
 * and unreferenced so it never keeps the process alive. Requests are answered in order; WASM
 * inference blocks its thread, which is why it is not this one.
 */
export function createFaceAnalyzer(): FaceAnalyzer {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: FaceFrameAnalysis[]) => void; reject: (e: Error) => void }>();
  const failAll = (from: Worker, error: Error) => {
    if (worker !== from) return;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    worker = null;
  };
  const start = (): Worker => {
    const w = new Worker(`(${faceWorkerMain.toString()})()`, { eval: true, workerData: workerPaths() });
    w.unref();
    w.on('message', (message: { id: number; results?: FaceFrameAnalysis[]; error?: string }) => {
      const entry = waiting.get(message.id);
      waiting.delete(message.id);
      if (waiting.size === 0) w.unref();
      if (!entry) return;
      if (message.results) entry.resolve(message.results);
      else entry.reject(new Error(`face model failed: ${message.error ?? 'unknown'}`));
    });
    w.on('error', (error) => failAll(w, error));
    w.on('exit', (code) => failAll(w, new Error(`face worker exited (${code})`)));
    return w;
  };
  return {
    analyze(frames) {
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.ref();
        // Copies, so the caller's buffers stay usable (they may be sealed for retention afterwards).
        w.postMessage({ id, frames: frames.map((f) => new Uint8Array(f)) });
      });
    },
    async close() {
      const w = worker;
      if (!w) return;
      failAll(w, new Error('face analyzer closed'));
      await w.terminate();
    },
  };
}
