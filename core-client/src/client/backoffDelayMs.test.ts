import { backoffDelayMs, DEFAULT_RETRY } from './backoffDelayMs';

describe('backoffDelayMs', () => {
  it('draws from [0, base * 2^(retry-1)) capped at maxDelayMs', () => {
    const almostOne = () => 0.9999;
    expect(
      [1, 2, 3, 4, 5, 6, 7].map((retry) => backoffDelayMs({ retry, options: DEFAULT_RETRY, random: almostOne })),
    ).toEqual([249, 499, 999, 1999, 3999, 4999, 4999]);
    expect(backoffDelayMs({ retry: 3, options: DEFAULT_RETRY, random: () => 0 })).toBe(0);
  });
});
