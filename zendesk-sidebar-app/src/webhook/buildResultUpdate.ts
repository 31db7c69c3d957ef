import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { formatVerificationResult, toHtml } from '@helpdesk-verify/core-client/format';
import type { TicketUpdate } from '../zendesk/updateTicket';

/** Tag added when the requester's identity was verified. */
export const VERIFIED_TAG = 'identity_verified';
/** Tag added when a verification failed or expired. */
export const FAILED_TAG = 'identity_verification_failed';
/** Tag added by a `trust_check.alert`: the employee reported a verification they did not request. */
export const ALERT_TAG = 'identity_verification_alert';

/** What one result writes on the ticket: the note and field (one ticket update) and the tags (Tags API). */
export interface ResultUpdate {
  ticket: TicketUpdate;
  tags: { add: string[]; remove: string[] };
}

/**
 * The Zendesk writes for a `trust_check.*` event: a private note (`public: false`, comments are
 * public by default) with the shared formatted result as HTML and, when configured, the status
 * field, sent as one `PUT /api/v2/tickets/{id}.json`; and the outcome tag (the opposite one removed,
 * so a later pass clears an earlier failure; a cancellation only clears a pass) plus the alert tag on a `trust_check.alert`, sent with
 * the Tags API because single-ticket updates have no `additional_tags` / `remove_tags`.
 */
export const buildResultUpdate = (event: TrustCheckEvent, options: { statusFieldId?: number }): ResultUpdate => {
  const passed = event.status === 'passed';
  // A cancelled verification proved nothing either way: it clears a pass but is no failure.
  const outcomeTags = passed ? [VERIFIED_TAG] : event.status === 'cancelled' ? [] : [FAILED_TAG];
  return {
    ticket: {
      comment: { html_body: toHtml(formatVerificationResult(event).blocks), public: false },
      ...(options.statusFieldId === undefined
        ? {}
        : { custom_fields: [{ id: options.statusFieldId, value: event.status }] }),
    },
    tags: {
      add: [...outcomeTags, ...(event.event_type === 'trust_check.alert' ? [ALERT_TAG] : [])],
      remove: [passed ? FAILED_TAG : VERIFIED_TAG],
    },
  };
};
