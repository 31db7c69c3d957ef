import type { HmacSha256Async } from './HmacSha256';
import { constantTimeEqual } from './internal/constantTimeEqual';
import { finishWebhookVerification, prepareWebhookVerification } from './internal/prepareWebhookVerification';
import type { VerifyWebhookOptions, WebhookVerificationResult } from './WebhookVerificationResult';

/** {@link verifyWebhook} over an asynchronous HMAC (WebCrypto: browsers, Forge). */
export const verifyWebhookAsync = async (
  options: VerifyWebhookOptions,
  hmac: HmacSha256Async,
): Promise<WebhookVerificationResult> => {
  const preparation = prepareWebhookVerification(options);
  if (!preparation.ok) return { verified: false, reason: preparation.reason };
  const { prepared } = preparation;
  for (const key of prepared.keys) {
    const expected = await hmac(key, prepared.signedContent);
    if (prepared.signatures.some((signature) => constantTimeEqual(expected, signature))) {
      return finishWebhookVerification(prepared, options.body);
    }
  }
  return { verified: false, reason: 'no_matching_signature' };
};
