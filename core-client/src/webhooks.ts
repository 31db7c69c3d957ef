/**
 * `@helpdesk-verify/core-client/webhooks` — Standard Webhooks: signing, verifying (sync or with Web
 * Crypto), parsing a `TrustCheckEvent`, and `receiveWebhook` for asynchronous receiver hosts (the zod-free
 * synchronous receiver is `@helpdesk-verify/core-client/receiver`).
 */
export type { HmacSha256Sync, HmacSha256Async } from './webhooks/HmacSha256';
export type {
  WebhookVerificationResult,
  WebhookFailureReason,
  WebhookHeaders,
  VerifyWebhookOptions,
} from './webhooks/WebhookVerificationResult';
export { signWebhook } from './webhooks/signWebhook';
export type { WebhookToSign } from './webhooks/signWebhook';
export { signWebhookWithSecrets } from './webhooks/signWebhookWithSecrets';
export { verifyWebhook } from './webhooks/verifyWebhook';
export { verifyWebhookAsync } from './webhooks/verifyWebhookAsync';
export { webCryptoHmacSha256 } from './webhooks/webCryptoHmacSha256';
export { parseTrustCheckEvent } from './webhooks/parseTrustCheckEvent';
export type { TrustCheckEventParseResult } from './webhooks/parseTrustCheckEvent';

export { receiveWebhook } from './receiver/receiveWebhook';
