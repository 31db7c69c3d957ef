import { assertE164 } from './assertE164';

describe('assertE164', () => {
  it.each(['+14155550100', '+447700900123', '+4930123456'])('accepts %s', (phone) => {
    expect(() => assertE164(phone)).not.toThrow();
  });

  it.each(['14155550100', '+1 415 555 0100', '+0123456789', '+1234', '+1234567890123456', '', '+1415555010a'])(
    'refuses %j',
    (phone) => {
      expect(() => assertE164(phone)).toThrow(TypeError);
    },
  );
});
