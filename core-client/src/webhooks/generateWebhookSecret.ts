import { randomBytes } from 'node:crypto';

/**
 * A new Standard Webhooks secret: `whsec_` + base64 of `bytes` random bytes (24 to 64, default 32).
 * Exported only from `@helpdesk-verify/core-client/node`.
 */
export const generateWebhookSecret = (options: { bytes?: number } = {}): string => {
  const bytes = options.bytes ?? 32;
  if (!Number.isInteger(bytes) || bytes < 24 || bytes > 64)
    throw new TypeError(`bytes must be an integer from 24 to 64, got ${bytes}`);
  return `whsec_${randomBytes(bytes).toString('base64')}`;
};
