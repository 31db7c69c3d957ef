import { MAX_ATTEMPTS, RETRY_DELAYS_MS, retryDelayMs } from './retrySchedule';

describe('retryDelayMs', () => {
  it('follows the published schedule from the first failure (at once, 5 s, 5 min…) and stops after the ninth attempt', () => {
    expect(MAX_ATTEMPTS).toBe(9);
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => retryDelayMs(n));
    expect(delays).toEqual([0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, null]);
    expect(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThan(24 * 3600_000);
  });

  it('waits longer when Retry-After asks for it, at most a day', () => {
    expect(retryDelayMs(1, 60_000)).toBe(60_000);
    expect(retryDelayMs(2, 1000)).toBe(5_000);
    expect(retryDelayMs(3, 60_000)).toBe(300_000);
    expect(retryDelayMs(1, 7 * 24 * 3600_000)).toBe(24 * 3600_000);
    expect(retryDelayMs(9, 60_000)).toBeNull();
  });
});
