import { createHmac } from 'node:crypto';

/**
 * Zendesk's webhook signature, as its documentation ("Verifying webhook authenticity") gives it:
 * `base64(HMAC-SHA256(signing secret, timestamp + body))`, sent as `X-Zendesk-Webhook-Signature`
 * with the timestamp in `X-Zendesk-Webhook-Signature-Timestamp` (ISO 8601, e.g. `2021-03-25T05:09:27Z`).
 */
export const signZendeskWebhook = (input: { secret: string; timestamp: string; body: string }): string =>
  createHmac('sha256', input.secret)
    .update(input.timestamp + input.body, 'utf8')
    .digest('base64');
