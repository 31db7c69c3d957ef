import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookHeaders } from '@helpdesk-verify/core-client/webhooks';

/** How far Zendesk's signature timestamp may be from our clock (our policy; Zendesk documents none). */
export const ZENDESK_SIGNATURE_TOLERANCE_MS = 5 * 60_000;

/** Why a request is not from Zendesk; the names and statuses are the receiver kit's. */
export type ZendeskSignatureRefusal =
  'missing_headers' | 'invalid_timestamp' | 'timestamp_too_old' | 'timestamp_too_new' | 'no_matching_signature';

const header = (headers: WebhookHeaders, name: string): string | undefined => {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return typeof value === 'string' ? value : value?.[0];
  }
  return undefined;
};

/**
 * Verifies a Zendesk webhook request as Zendesk documents it ("Verifying webhook authenticity"):
 * `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(signing secret, timestamp + raw body)), with
 * the timestamp from `X-Zendesk-Webhook-Signature-Timestamp` (ISO 8601). The timestamp must also
 * be within {@link ZENDESK_SIGNATURE_TOLERANCE_MS} of `now`, so a captured request cannot be replayed later.
 */
export const verifyZendeskSignature = (input: {
  secrets: readonly string[];
  headers: WebhookHeaders;
  body: string;
  now: Date;
}): { verified: true } | { verified: false; reason: ZendeskSignatureRefusal } => {
  const signature = header(input.headers, 'x-zendesk-webhook-signature');
  const timestamp = header(input.headers, 'x-zendesk-webhook-signature-timestamp');
  if (!signature || !timestamp) return { verified: false, reason: 'missing_headers' };
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(timestamp)
    ? Date.parse(timestamp)
    : Number.NaN;
  if (!Number.isFinite(at)) return { verified: false, reason: 'invalid_timestamp' };
  if (input.now.getTime() - at > ZENDESK_SIGNATURE_TOLERANCE_MS)
    return { verified: false, reason: 'timestamp_too_old' };
  if (at - input.now.getTime() > ZENDESK_SIGNATURE_TOLERANCE_MS)
    return { verified: false, reason: 'timestamp_too_new' };
  const given = Buffer.from(signature, 'base64');
  for (const secret of input.secrets) {
    const expected = createHmac('sha256', secret)
      .update(timestamp + input.body, 'utf8')
      .digest();
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { verified: true };
  }
  return { verified: false, reason: 'no_matching_signature' };
};
