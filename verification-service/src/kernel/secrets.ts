import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomBase62 } from './ids';

/** SHA-256 of a high-entropy secret (link tokens, API keys, session ids): enough, since they are 256-bit random. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** A new unguessable secret with a readable prefix, e.g. `hv_…` (43 base62 characters, ~256 bits). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBase62(43)}`;
}

/** Constant-time equality of two byte strings of any length. */
export function safeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}

/**
 * The service key: encrypts secrets the service must read back (webhook signing secrets) and keys the
 * HMAC of low-entropy values (one-time codes), so a database copy alone reveals neither.
 */
export interface ServiceKey {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Uint8Array): string;
  mac(value: string): Buffer;
}

/** Builds the service key from 32 bytes (base64 in `HV_SECRET_KEY`). */
export function serviceKey(key: Buffer): ServiceKey {
  if (key.length !== 32) throw new TypeError(`the service key must be 32 bytes, got ${key.length}`);
  const encKey = createHmac('sha256', key).update('encrypt').digest();
  const macKey = createHmac('sha256', key).update('mac').digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const buf = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', encKey, buf.subarray(0, 12));
      decipher.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
    },
    mac: (value) => createHmac('sha256', macKey).update(value, 'utf8').digest(),
  };
}
