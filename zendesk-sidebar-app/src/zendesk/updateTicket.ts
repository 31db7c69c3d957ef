import { callZendesk } from './callZendesk';
import type { ZendeskApiOptions } from './ZendeskApiOptions';
import type { ZendeskRefusal } from './ZendeskTicket';

/**
 * The `ticket` of `PUT /api/v2/tickets/{id}.json` (`TicketUpdateRequest` → `TicketObject`) for the
 * properties the connector writes. Tags are not here: `additional_tags` / `remove_tags` belong to
 * `update_many`; the connector changes tags with the Tags API ({@link changeTicketTags}).
 */
export interface TicketUpdate {
  comment?: { html_body: string; public: false };
  custom_fields?: { id: number; value: string }[];
  status?: 'open';
  /** With `updated_stamp`: Zendesk answers 409 when the ticket changed since that `updated_at`. */
  safe_update?: true;
  updated_stamp?: string;
}

/** `PUT /api/v2/tickets/{id}.json`; 409 (safe update collision) comes back as a refusal for the caller to retry. */
export const updateTicket = async (
  options: ZendeskApiOptions,
  ticketId: string,
  ticket: TicketUpdate,
): Promise<{ ok: true } | ZendeskRefusal> => {
  const answer = await callZendesk(options, {
    method: 'PUT',
    path: `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`,
    body: { ticket },
  });
  return answer.status >= 200 && answer.status < 300
    ? { ok: true }
    : { ok: false, status: answer.status, detail: answer.detail };
};
