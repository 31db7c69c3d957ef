import { CertificateEncryption } from '@servicenow/glide';
import type { HmacSha256Sync } from '@helpdesk-verify/core-client/webhooks';

interface MacGenerator {
  generateMac(base64Key: string, algorithm: string, data: string): string;
}

/**
 * core-client's HMAC primitive over the platform crypto: `new CertificateEncryption().generateMac(
 * base64Key, 'HmacSHA256', data)` returns the base64 MAC (the scoped API is an instance method).
 */
export const certificateEncryptionHmac: HmacSha256Sync = (base64Key, message) =>
  String(
    new (CertificateEncryption as unknown as new () => MacGenerator)().generateMac(base64Key, 'HmacSHA256', message),
  );
