const E164 = /^\+[1-9]\d{6,14}$/;

/** Throws a TypeError unless `phone` is an E.164 number such as `+14155550100`. */
export function assertE164(phone: string): void {
  if (!E164.test(phone)) {
    throw new TypeError(
      `an SMS recipient must be an E.164 number like +14155550100, got ${JSON.stringify(phone.slice(0, 40))}`,
    );
  }
}
