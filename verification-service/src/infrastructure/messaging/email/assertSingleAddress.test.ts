import { assertSingleAddress } from './assertSingleAddress';

describe('assertSingleAddress', () => {
  it.each(['ann@example.com', 'ann.lee+it@mail.example.co.uk', 'zoë@exämple.de'])('accepts %s', (to) => {
    expect(() => assertSingleAddress(to)).not.toThrow();
  });

  it.each([
    'ann@example.com, thief@evil.example',
    'ann@example.com;thief@evil.example',
    'Ann <ann@example.com>',
    'ann@example.com\r\nBcc: thief@evil.example',
    'ann@localhost',
    'ann',
    '',
  ])('refuses %j', (to) => {
    expect(() => assertSingleAddress(to)).toThrow(TypeError);
  });
});
