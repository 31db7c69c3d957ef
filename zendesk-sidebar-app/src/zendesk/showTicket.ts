import { callZendesk } from './callZendesk';
import type { ZendeskApiOptions } from './ZendeskApiOptions';
import type { ZendeskRefusal, ZendeskTicket } from './ZendeskTicket';
import { ZendeskUnavailableError } from './ZendeskUnavailableError';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `GET /api/v2/tickets/{id}.json` (`ShowTicket`): the ticket, or Zendesk's final refusal (404 …). */
export const showTicket = async (
  options: ZendeskApiOptions,
  ticketId: string,
): Promise<{ ok: true; ticket: ZendeskTicket } | ZendeskRefusal> => {
  const answer = await callZendesk(options, {
    method: 'GET',
    path: `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`,
  });
  if (answer.status !== 200) return { ok: false, status: answer.status, detail: answer.detail };
  const ticket = isRecord(answer.json) && isRecord(answer.json.ticket) ? answer.json.ticket : null;
  if (ticket === null || typeof ticket.status !== 'string' || typeof ticket.updated_at !== 'string') {
    throw new ZendeskUnavailableError(
      `Zendesk answered GET ticket ${ticketId} without status and updated_at`,
      answer.status,
    );
  }
  return {
    ok: true,
    ticket: {
      id: Number(ticket.id),
      status: ticket.status,
      tags: Array.isArray(ticket.tags) ? ticket.tags.map(String) : [],
      updatedAt: ticket.updated_at,
      requesterId: typeof ticket.requester_id === 'number' ? ticket.requester_id : null,
    },
  };
};
