/** The parts of a Zendesk ticket (`TicketObject`) the connector reads. */
export interface ZendeskTicket {
  id: number;
  status: string;
  tags: string[];
  /** The ticket's `updated_at`: the `updated_stamp` of a safe update. */
  updatedAt: string;
  requesterId: number | null;
}

/** A call Zendesk refused for good (404 deleted ticket, 422 closed ticket or invalid field, …). */
export interface ZendeskRefusal {
  ok: false;
  status: number;
  detail: string;
}
