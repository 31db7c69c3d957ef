import type { HmacSha256Sync } from './HmacSha256';
import { webhookSecretKey } from './internal/webhookSecretKey';

/** What a Standard Webhooks signature covers. */
export interface WebhookToSign {
  /** `whsec_…` (or the bare base64 key). */
  secret: string;
  /** The `webhook-id`: the same across retries. */
  id: string;
  /** The `webhook-timestamp` in unix seconds: fresh on every attempt. */
  timestamp: number;
  /** The raw body, exactly as sent. */
  body: string;
}

/** The `webhook-signature` value `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`. */
export const signWebhook = (input: WebhookToSign, hmac: HmacSha256Sync): string => {
  if (!Number.isSafeInteger(input.timestamp) || input.timestamp < 0) {
    throw new TypeError(`timestamp must be whole unix seconds, got ${input.timestamp}`);
  }
  return `v1,${hmac(webhookSecretKey(input.secret), `${input.id}.${input.timestamp}.${input.body}`)}`;
};
