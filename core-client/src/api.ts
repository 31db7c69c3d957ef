/**
 * `@helpdesk-verify/core-client/api` — the `/v1` operations as data: the full endpoint table (the service
 * registers its routes by it) and the part of it the ticketing apps call.
 */
export type { Endpoint, HttpMethod } from './api/endpoint';
export { endpoints } from './api/endpoints';
export { ticketingEndpoints } from './api/ticketingEndpoints';
export type { Endpoints, EndpointName } from './api/endpoints';
export type { TicketingEndpoints } from './api/ticketingEndpoints';
export type { EndpointInput, EndpointOutput } from './api/EndpointInput';
