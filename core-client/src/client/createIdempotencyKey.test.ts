import { createIdempotencyKey } from './createIdempotencyKey';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createIdempotencyKey', () => {
  it('uses crypto.randomUUID when there is one', () => {
    expect(createIdempotencyKey()).toMatch(UUID_V4);
    expect(createIdempotencyKey({ randomUUID: () => '00000000-0000-4000-8000-000000000000' })).toBe(
      '00000000-0000-4000-8000-000000000000',
    );
  });

  it('builds a v4 UUID from getRandomValues or Math.random otherwise', () => {
    const fromBytes = createIdempotencyKey({
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        (array as unknown as Uint8Array).fill(0xff);
        return array;
      },
    });
    expect(fromBytes).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const keys = new Set(Array.from({ length: 100 }, () => createIdempotencyKey({})));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});
