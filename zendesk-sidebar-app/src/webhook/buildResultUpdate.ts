import { formatVerificationResult, toHtml, type TrustCheckEvent } from '@helpdesk-verify/core-client';

/** Tag added when the requester's identity was verified. */
export const VERIFIED_TAG = 'identity_verified';
/** Tag added when a verification failed or expired. */
export const FAILED_TAG = 'identity_verification_failed';
/** Tag added by a `trust_check.alert`: the employee reported a verification they did not request. */
export const ALERT_TAG = 'identity_verification_alert';

/** The body of `PUT /api/v2/tickets/{id}.json` that records one result. */
export interface TicketUpdateBody {
  ticket: {
    comment: { html_body: string; public: false };
    additional_tags: string[];
    remove_tags: string[];
    custom_fields?: { id: number; value: string }[];
  };
}

/** What to write on which ticket, or why the event is not for this connector. */
export type TicketUpdate =
  | { ok: true; ticketId: string; body: TicketUpdateBody }
  | { ok: false; reason: 'not_zendesk' | 'bad_ticket_id' };

/**
 * The Zendesk ticket update for a `trust_check.*` event: a private note (`public: false`, comments
 * are public by default) with the shared formatted result as HTML, the outcome tag (the opposite
 * one removed, so a later pass clears an earlier failure), the alert tag on a `trust_check.alert`
 * (the note then leads with the alert) and, when configured, the status field.
 */
export const buildTicketUpdate = (event: TrustCheckEvent, options: { statusFieldId?: number }): TicketUpdate => {
  if (event.ticket.system !== 'zendesk') return { ok: false, reason: 'not_zendesk' };
  if (!/^[1-9]\d{0,18}$/.test(event.ticket.id)) return { ok: false, reason: 'bad_ticket_id' };
  const formatted = formatVerificationResult(event);
  const passed = event.status === 'passed';
  const body: TicketUpdateBody = {
    ticket: {
      comment: { html_body: toHtml(formatted.blocks), public: false },
      additional_tags: [passed ? VERIFIED_TAG : FAILED_TAG, ...(event.event_type === 'trust_check.alert' ? [ALERT_TAG] : [])],
      remove_tags: [passed ? FAILED_TAG : VERIFIED_TAG],
      ...(options.statusFieldId === undefined ? {} : { custom_fields: [{ id: options.statusFieldId, value: event.status }] }),
    },
  };
  return { ok: true, ticketId: event.ticket.id, body };
};
