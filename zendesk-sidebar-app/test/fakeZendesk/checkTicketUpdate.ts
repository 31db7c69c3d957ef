import { READ_ONLY_TICKET_PROPERTIES, TICKET_STATUSES, WRITABLE_TICKET_PROPERTIES } from './ticketObjectProperties';

/** A single-ticket update the fake accepts: what it applies, and what Zendesk would silently drop. */
export interface CheckedTicketUpdate {
  ok: true;
  ticket: Record<string, unknown>;
  /** Properties not in `TicketObject` or read-only: answered 200 and not applied, as Zendesk does. */
  ignored: string[];
}

/** Why Zendesk refuses the body (422 RecordInvalid, or 400 for a body that is not `{ ticket }`). */
export interface RefusedTicketUpdate {
  ok: false;
  status: 400 | 422;
  problem: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTagList = (v: unknown) => Array.isArray(v) && v.every((t) => typeof t === 'string' && /^[^\s,]+$/.test(t));

/**
 * Checks a `PUT /api/v2/tickets/{id}` body against `TicketUpdateRequest` of Zendesk's OpenAPI
 * document: `{ ticket: TicketObject, system_metadata? }`. Unknown and read-only properties are
 * ignored (the schema does not forbid additional properties, and Zendesk answers 200), typed ones
 * are checked: the comment needs `body` or `html_body` (`public` defaults to true), `status` is the
 * enum, `tags` replaces the list, `custom_fields` is `[{ id, value }]`, `safe_update` needs
 * `updated_stamp` ("`updated_stamp` property required when true").
 */
export const checkTicketUpdate = (body: unknown): CheckedTicketUpdate | RefusedTicketUpdate => {
  if (!isRecord(body) || !isRecord(body.ticket))
    return { ok: false, status: 400, problem: 'Parameter ticket is required and must be an object' };
  const ticket = body.ticket;
  const ignored = Object.keys(ticket).filter(
    (k) => !WRITABLE_TICKET_PROPERTIES.has(k) || READ_ONLY_TICKET_PROPERTIES.has(k),
  );
  const refuse = (problem: string): RefusedTicketUpdate => ({ ok: false, status: 422, problem });
  if (ticket.comment !== undefined) {
    const c = ticket.comment;
    if (!isRecord(c)) return refuse('comment must be an object');
    const text = typeof c.html_body === 'string' ? c.html_body : c.body;
    if (typeof text !== 'string' || text.trim() === '') return refuse('comment needs body or html_body');
    if (c.public !== undefined && typeof c.public !== 'boolean') return refuse('comment.public must be a boolean');
  }
  if (ticket.status !== undefined && !(typeof ticket.status === 'string' && TICKET_STATUSES.has(ticket.status)))
    return refuse(`status must be one of ${[...TICKET_STATUSES].join(', ')}`);
  if (ticket.tags !== undefined && !isTagList(ticket.tags)) return refuse('tags must be an array of tags');
  if (ticket.custom_fields !== undefined) {
    const ok =
      Array.isArray(ticket.custom_fields) &&
      ticket.custom_fields.every((f) => isRecord(f) && Number.isInteger(f.id) && 'value' in f);
    if (!ok) return refuse('custom_fields must be [{ id: number, value }]');
  }
  if (ticket.safe_update !== undefined && typeof ticket.updated_stamp !== 'string')
    return refuse('safe_update needs updated_stamp');
  const applied = Object.fromEntries(Object.entries(ticket).filter(([k]) => !ignored.includes(k)));
  return { ok: true, ticket: applied, ignored };
};
