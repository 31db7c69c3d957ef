import { verifyWebhook } from '../webhooks/verifyWebhook';
import { runReceiver } from './internal/runReceiver';
import type { SyncReceiverHost, WebhookRequest } from './ReceiverHost';
import type { ReceiverAnswer } from './ReceiverOutcome';

/**
 * Receives one signed `trust_check.*` webhook on a synchronous host (ServiceNow): verifies the
 * Standard Webhooks signature and timestamp (±5 min), validates the event, claims its
 * `webhook-id`, applies it to the ticket and releases the claim when applying throws.
 * The status of every answer comes from `RECEIVER_STATUS`.
 */
export const receiveWebhookSync = (host: SyncReceiverHost, request: WebhookRequest): ReceiverAnswer =>
  runReceiver(host, request, (options) => verifyWebhook(options, host.hmac)) as ReceiverAnswer;
