import { randomBytes } from 'node:crypto';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it('matches Buffer for every length from 0 to 70', () => {
    for (let length = 0; length <= 70; length += 1) {
      const bytes = randomBytes(length);
      const text = encodeBase64(new Uint8Array(bytes));
      expect(text).toBe(bytes.toString('base64'));
      expect(Buffer.from(decodeBase64(text)).equals(bytes)).toBe(true);
    }
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => decodeBase64('ab-_')).toThrow(TypeError);
  });
});
