import type { HmacSha256Sync } from './HmacSha256';
import { constantTimeEqual } from './internal/constantTimeEqual';
import { finishWebhookVerification, prepareWebhookVerification } from './internal/prepareWebhookVerification';
import type { VerifyWebhookOptions, WebhookVerificationResult } from './WebhookVerificationResult';

/**
 * Verifies a Standard Webhooks request (`webhook-id`, `webhook-timestamp`, `webhook-signature`)
 * with a synchronous HMAC (Node, ServiceNow). Accepts any of `secrets`, any `v1` signature of the
 * header, and a timestamp within `toleranceSeconds` of `now`. Throws `TypeError` only on misuse
 * (no secrets, a secret that is not base64).
 */
export const verifyWebhook = (options: VerifyWebhookOptions, hmac: HmacSha256Sync): WebhookVerificationResult => {
  const preparation = prepareWebhookVerification(options);
  if (!preparation.ok) return { verified: false, reason: preparation.reason };
  const { prepared } = preparation;
  for (const key of prepared.keys) {
    const expected = hmac(key, prepared.signedContent);
    if (prepared.signatures.some((signature) => constantTimeEqual(expected, signature))) {
      return finishWebhookVerification(prepared, options.body);
    }
  }
  return { verified: false, reason: 'no_matching_signature' };
};
