/** Memory of this process, in MiB. */
export interface MemoryFigures {
  rssMiB: number;
  heapUsedMiB: number;
  /** Memory outside the JS heap held by JS objects: Buffers and ArrayBuffers (PGlite's WASM memory). */
  externalMiB: number;
}

const MiB = 1024 * 1024;
const snapshot = (): MemoryFigures => {
  const m = process.memoryUsage();
  return { rssMiB: m.rss / MiB, heapUsedMiB: m.heapUsed / MiB, externalMiB: m.external / MiB };
};

/**
 * Notes this process's memory now and every `intervalMs` until `stop`, which returns the figures
 * before, at the peak (each figure's own maximum) and after. No garbage collection is forced.
 */
export function trackMemory(options: { intervalMs?: number } = {}): {
  stop(): { before: MemoryFigures; peak: MemoryFigures; after: MemoryFigures };
} {
  const before = snapshot();
  const peak = { ...before };
  const sample = () => {
    const now = snapshot();
    peak.rssMiB = Math.max(peak.rssMiB, now.rssMiB);
    peak.heapUsedMiB = Math.max(peak.heapUsedMiB, now.heapUsedMiB);
    peak.externalMiB = Math.max(peak.externalMiB, now.externalMiB);
    return now;
  };
  const timer = setInterval(sample, options.intervalMs ?? 250);
  return {
    stop() {
      clearInterval(timer);
      const after = sample();
      return { before, peak, after };
    },
  };
}
