/**
 * `@helpdesk-verify/core-client/client` — the typed `/v1` client: `createClient` (every operation),
 * `createTicketingClient` (only what a ticketing app calls, so its bundle carries only those schemas), the
 * transports and the errors the calls reject with.
 */
export { HelpdeskVerifyError } from './errors/HelpdeskVerifyError';
export type { ClientErrorCode } from './errors/HelpdeskVerifyError';
export { ApiError } from './errors/ApiError';
export { NetworkError } from './errors/NetworkError';
export { TimeoutError } from './errors/TimeoutError';
export { InvalidResponseError } from './errors/InvalidResponseError';
export { RequestValidationError } from './errors/RequestValidationError';
export { toHelpdeskVerifyError } from './errors/toHelpdeskVerifyError';

export type { HttpRequest, HttpResponse, Transport } from './transports/Transport';
export { buildRequest, CLIENT_ID } from './transports/buildRequest';
export type { RequestOptions } from './transports/buildRequest';
export { parseResponse } from './transports/parseResponse';
export { fetchTransport } from './transports/fetchTransport';
export type { FetchLike, FetchLikeResponse } from './transports/fetchTransport';

export { createClient } from './client/createClient';
export type { HelpdeskVerifyClient } from './client/createClient';
export { createTicketingClient } from './client/createTicketingClient';
export type { TicketingClient } from './client/createTicketingClient';
export { createClientFor } from './client/createClientFor';
export type { ClientOptions, ClientMethod, ClientFor, EndpointTable } from './client/createClientFor';
export type { RetryOptions } from './client/backoffDelayMs';
export { sendWithRetry } from './client/sendWithRetry';
export type { SendWithRetryOptions } from './client/sendWithRetry';
export { parseRetryAfter } from './client/parseRetryAfter';
export { createIdempotencyKey } from './client/createIdempotencyKey';
