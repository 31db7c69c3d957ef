import { verifyWebhookAsync } from '../webhooks/verifyWebhookAsync';
import { runReceiver } from './internal/runReceiver';
import type { AsyncReceiverHost, WebhookRequest } from './ReceiverHost';
import type { ReceiverAnswer } from './ReceiverOutcome';

/**
 * {@link receiveWebhookSync} for hosts whose platform calls return promises (Forge, Node): the same
 * steps and the same answers.
 */
export const receiveWebhook = async (host: AsyncReceiverHost, request: WebhookRequest): Promise<ReceiverAnswer> =>
  runReceiver(host, request, (options) => verifyWebhookAsync(options, async (key, message) => host.hmac(key, message)));
