import { extractCodes } from './extractCodes';

describe('extractCodes', () => {
  it('finds standalone six-digit codes, each once', () => {
    expect(extractCodes('Your code is 123456. Again: 123456, or 654321')).toEqual(['123456', '654321']);
  });

  it('ignores longer numbers, shorter numbers and digits inside tokens or links', () => {
    expect(extractCodes('+14155550100 12345 1234567 https://v.example/v/ab123456cd tok_123456 2026-123456')).toEqual(
      [],
    );
  });
});
