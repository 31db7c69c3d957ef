import { ticketingEndpoints, type TicketingEndpoints } from '../api/ticketingEndpoints';
import { createClientFor, type ClientFor, type ClientOptions } from './createClientFor';

/** A typed client for the operations a ticketing app calls. */
export type TicketingClient = ClientFor<TicketingEndpoints>;

/**
 * A client for the ticketing operations only, so a browser or Forge bundle carries their schemas and
 * not those of the admin API (see {@link createClientFor} for how the methods behave).
 */
export const createTicketingClient = (options: ClientOptions): TicketingClient =>
  createClientFor(ticketingEndpoints, options);
