import type { HmacSha256Async } from './HmacSha256';
import { decodeBase64, encodeBase64 } from './internal/base64';

/** {@link HmacSha256Async} over WebCrypto (`crypto.subtle`): browsers, Forge, Node 20+. */
export const webCryptoHmacSha256: HmacSha256Async = async (base64Key, message) => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TypeError('webCryptoHmacSha256 needs WebCrypto (globalThis.crypto.subtle)');
  const key = await subtle.importKey('raw', decodeBase64(base64Key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await subtle.sign('HMAC', key, new TextEncoder().encode(message));
  return encodeBase64(new Uint8Array(mac));
};
