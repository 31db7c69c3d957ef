import { KNOWN_EVENT_TYPES } from '../../checks/checkTrustCheckEvent';
import type { VerifyWebhookOptions, WebhookVerificationResult } from '../../webhooks/WebhookVerificationResult';
import type { AsyncReceiverHost, WebhookRequest } from '../ReceiverHost';
import { receiverAnswer, type ReceiverAnswer } from '../ReceiverOutcome';
import { exceedsUtf8Bytes } from './exceedsUtf8Bytes';
import { attempt, chain, type MaybePromise } from './maybePromise';

/** The largest body a receiver reads; the service's events are a few KiB. */
export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const eventTypeOf = (payload: unknown): unknown =>
  typeof payload === 'object' && payload !== null ? (payload as { event_type?: unknown }).event_type : undefined;

/**
 * The receiving pipeline, written once for every host: method and size, configuration, signature
 * and timestamp, payload, ticketing system, then claim the `webhook-id`, apply, and release the
 * claim when applying failed so the service's retry is applied instead of answered "duplicate".
 * Synchronous hosts get a synchronous answer: nothing here needs a Promise unless the host returns one.
 */
export const runReceiver = (
  host: AsyncReceiverHost,
  request: WebhookRequest,
  verify: (options: VerifyWebhookOptions) => MaybePromise<WebhookVerificationResult>,
): MaybePromise<ReceiverAnswer> => {
  if (String(request.method).toUpperCase() !== 'POST') return receiverAnswer('method_not_allowed');
  if (exceedsUtf8Bytes(request.body, MAX_WEBHOOK_BODY_BYTES)) {
    return receiverAnswer('payload_too_large', 'The body is larger than ' + MAX_WEBHOOK_BODY_BYTES + ' bytes');
  }
  return chain(host.secrets(), (secrets) => {
    if (secrets.length === 0) return receiverAnswer('not_configured', 'No webhook secret is configured');
    return chain(verify({ secrets, headers: request.headers, body: request.body, now: host.now() }), (verified) => {
      if (!verified.verified) return receiverAnswer(verified.reason);
      const type = eventTypeOf(verified.payload);
      if (typeof type === 'string' && KNOWN_EVENT_TYPES.indexOf(type) < 0) {
        return receiverAnswer(
          'ignored',
          'Event type ' + JSON.stringify(type.slice(0, 100)) + ' is not handled by this app',
        );
      }
      const parsed = host.parseEvent(verified.payload);
      if (!parsed.valid) return receiverAnswer('invalid_event', 'The payload is not a trust_check event');
      const event = parsed.event;
      if (event.ticket.system !== host.system) {
        return receiverAnswer(
          'ignored',
          'The ticket is in ' + event.ticket.system + ', not ' + host.system,
          event.session_id,
        );
      }
      return attempt(
        () => host.claim(verified.id, event),
        (fresh) => {
          if (!fresh)
            return receiverAnswer('duplicate', 'webhook-id ' + verified.id + ' was processed before', event.session_id);
          return attempt(
            () => host.apply(event, verified.id),
            (applied) => receiverAnswer(applied.result, applied.detail, event.session_id),
            (error) =>
              attempt(
                () => host.release(verified.id),
                () => receiverAnswer('apply_failed', describe(error), event.session_id),
                (releaseError) =>
                  receiverAnswer(
                    'apply_failed',
                    describe(error) + '; releasing the webhook-id failed too: ' + describe(releaseError),
                    event.session_id,
                  ),
              ),
          );
        },
        (error) =>
          receiverAnswer('apply_failed', 'Recording the webhook-id failed: ' + describe(error), event.session_id),
      );
    });
  });
};
