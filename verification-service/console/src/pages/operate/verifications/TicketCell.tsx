import type { TicketRef } from '@helpdesk-verify/core-client/schemas';

/** The ticket a verification belongs to, linked back to the ticketing system when it gave a URL. */
export function TicketCell({ ticket }: { ticket: TicketRef }) {
  const label = `${ticket.system} ${ticket.id}`;
  return ticket.url ? (
    <a href={ticket.url} target="_blank" rel="noopener noreferrer">
      {label}
      <span class="visually-hidden"> (opens the ticket in a new tab)</span>
    </a>
  ) : (
    <span>{label}</span>
  );
}
