import { randomBase62 } from '../../kernel/ids';

/** A strong random password (20 base62 characters, about 119 bits) in groups of five for reading aloud. */
export function generatePassword(): string {
  return randomBase62(20).match(/.{5}/g)!.join('-');
}
