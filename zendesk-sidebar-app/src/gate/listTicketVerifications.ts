import type { Verification } from '@helpdesk-verify/core-client/schemas';
import type { TicketingClient } from '@helpdesk-verify/core-client/client';

/** The verifications of one Zendesk ticket, every status, newest first (the first 100: the gate needs the latest). */
export const listTicketVerifications = async (
  hv: Pick<TicketingClient, 'listVerifications'>,
  ticketId: string,
): Promise<Verification[]> =>
  (await hv.listVerifications({ query: { ticket_system: 'zendesk', ticket_id: ticketId, limit: 100 } })).data;
