import { signWebhookWithSecrets } from '@helpdesk-verify/core-client/webhooks';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';

/** The `user-agent` of every webhook request. */
export const WEBHOOK_USER_AGENT = 'HelpdeskVerify-Webhooks/0.1';

/**
 * The Standard Webhooks headers of one attempt: `webhook-id` is the message id (the same on every
 * retry and redelivery); `webhook-timestamp` and `webhook-signature` are fresh each attempt, the
 * signature listing one `v1,…` per live secret so a receiver mid-rotation accepts either.
 */
export function webhookHeaders(input: {
  messageId: string;
  at: Date;
  body: string;
  secrets: string[];
}): Record<string, string> {
  const timestamp = Math.floor(input.at.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': WEBHOOK_USER_AGENT,
    'webhook-id': input.messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhookWithSecrets(
      { secrets: input.secrets, id: input.messageId, timestamp, body: input.body },
      nodeHmacSha256,
    ),
  };
}
