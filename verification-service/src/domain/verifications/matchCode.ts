import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L, 5/S, 8/B: easy to read out over the phone.
const ALPHABET = '234679ACDEFGHJKMNPQRTUVWXYZ';

/** A short code such as `K7Q-4M2`, shown on the employee page and on the ticket so both sides can compare. */
export function newMatchCode(): string {
  let out = '';
  for (let i = 0; i < 6; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `${out.slice(0, 3)}-${out.slice(3)}`;
}
