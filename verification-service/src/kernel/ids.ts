import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random base62 string of `length` characters (about 5.95 bits each), without modulo bias. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248) out += ALPHABET[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

export type IdPrefix = 'org' | 'lnk' | 'emp' | 'ver' | 'whk' | 'msg' | 'dlv' | 'key' | 'tpl' | 'whs' | 'usr' | 'ses';

/** A new opaque id such as `ver_3kT9…` (24 random base62 characters, ~142 bits). */
export type IdGenerator = (prefix: IdPrefix) => string;

export const newId: IdGenerator = (prefix) => `${prefix}_${randomBase62(24)}`;
