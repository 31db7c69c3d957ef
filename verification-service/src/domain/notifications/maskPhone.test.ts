import { maskPhone } from './maskPhone';

describe('maskPhone', () => {
  it('keeps the last four digits of an E.164 number', () => {
    expect(maskPhone('+14155550100')).toBe('•••• 0100');
  });

  it('ignores formatting characters', () => {
    expect(maskPhone('+44 (20) 7946-0958')).toBe('•••• 0958');
  });

  it.each(['', '+1', '12345', 'not a phone'])('hides %j entirely', (value) => {
    expect(maskPhone(value)).toBe('••••');
  });
});
