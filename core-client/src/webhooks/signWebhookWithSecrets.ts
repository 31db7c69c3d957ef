import type { HmacSha256Sync } from './HmacSha256';
import { signWebhook, type WebhookToSign } from './signWebhook';

/** One `webhook-signature` value signed with every secret (space-separated), for secret rotation. */
export const signWebhookWithSecrets = (
  input: Omit<WebhookToSign, 'secret'> & { secrets: readonly string[] },
  hmac: HmacSha256Sync,
): string => {
  if (input.secrets.length === 0) throw new TypeError('signWebhookWithSecrets needs at least one secret');
  const { secrets, ...message } = input;
  return secrets.map((secret) => signWebhook({ ...message, secret }, hmac)).join(' ');
};
