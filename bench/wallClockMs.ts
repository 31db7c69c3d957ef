import { performance } from 'node:perf_hooks';

/**
 * Milliseconds since the epoch with sub-millisecond resolution (the monotonic clock anchored at the
 * process start), to compare with the service's `Date` timestamps in the same process.
 */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}
