import { maskEmail } from './maskEmail';

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('alice.smith@example.com')).toBe('a•••@example.com');
  });

  it('hides the length of the local part, even a one-letter one', () => {
    expect(maskEmail('a@example.com')).toBe('a•••@example.com');
    expect(maskEmail('averyveryverylongname@example.com')).toBe('a•••@example.com');
  });

  it('trims, lower-cases the domain and splits at the last @', () => {
    expect(maskEmail('  "a@b"@Example.COM ')).toBe('"•••@example.com');
  });

  it('keeps a non-ASCII first character whole', () => {
    expect(maskEmail('😀x@example.com')).toBe('😀•••@example.com');
  });

  it.each(['', 'no-at-sign', '@example.com', 'alice@'])('hides %j entirely', (value) => {
    expect(maskEmail(value)).toBe('•••');
  });
});
