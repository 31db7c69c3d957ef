import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import type { ApplyResult } from '@helpdesk-verify/core-client/receiver';
import { changeTicketTags } from '../zendesk/changeTicketTags';
import { updateTicket } from '../zendesk/updateTicket';
import type { ZendeskApiOptions } from '../zendesk/ZendeskApiOptions';
import { ZendeskUnavailableError } from '../zendesk/ZendeskUnavailableError';
import { buildResultUpdate } from './buildResultUpdate';

const TICKET_ID = /^[1-9]\d{0,18}$/;

/**
 * Writes one result on its Zendesk ticket: first the tags (Tags API, safe update; adding and
 * removing tags is idempotent, so a retry after a later failure repeats nothing visible), then the
 * private note and the field in one ticket update, the only write that must not happen twice.
 * Transient failures throw (the receiver releases the delivery and the service retries); a ticket
 * Zendesk refuses for good (deleted: 404, closed: 422) is `ignored` with the reason.
 */
export const applyResultToTicket = async (input: {
  zendesk: ZendeskApiOptions;
  statusFieldId?: number;
  event: TrustCheckEvent;
}): Promise<ApplyResult> => {
  const ticketId = input.event.ticket.id;
  if (!TICKET_ID.test(ticketId))
    return {
      result: 'ignored',
      detail: `Zendesk ticket ids are numbers, got ${JSON.stringify(ticketId.slice(0, 50))}`,
    };
  const update = buildResultUpdate(
    input.event,
    input.statusFieldId === undefined ? {} : { statusFieldId: input.statusFieldId },
  );
  const tagged = await changeTicketTags(input.zendesk, ticketId, update.tags);
  if (!tagged.ok) return refused(tagged.status, tagged.detail, ticketId);
  const written = await updateTicket(input.zendesk, ticketId, update.ticket);
  if (!written.ok) {
    if (written.status === 409)
      throw new ZendeskUnavailableError(`Zendesk answered 409 to the note on ticket ${ticketId}`, 409);
    return refused(written.status, written.detail, ticketId);
  }
  return { result: 'applied', detail: `Result written on Zendesk ticket ${ticketId}` };
};

const refused = (status: number, detail: string, ticketId: string): ApplyResult => ({
  result: 'ignored',
  detail: `Zendesk refused ticket ${ticketId} for good (${status}${status === 404 ? ', deleted or never existed' : status === 422 ? ', closed or invalid' : ''}): ${detail.slice(0, 200)}`,
});
