import { authorizationHeader, type ZendeskAuth } from './ZendeskAuth';
import type { TicketUpdateBody } from './buildTicketUpdate';

/** Where and as whom the connector writes. */
export interface ZendeskApiOptions {
  /** `https://{subdomain}.zendesk.com` (no trailing path). */
  baseUrl: string;
  auth: ZendeskAuth;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Default 15 000. */
  timeoutMs?: number;
}

/** The outcome of one write; `retryable` failures should make the webhook sender try again later. */
export type ZendeskWriteResult = { ok: true } | { ok: false; status: number | null; retryable: boolean; detail: string };

/** `PUT /api/v2/tickets/{id}.json` with the update; never throws for HTTP or network failures. */
export const updateZendeskTicket = async (options: ZendeskApiOptions, ticketId: string, body: TicketUpdateBody): Promise<ZendeskWriteResult> => {
  const fetchFn = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/api/v2/tickets/${encodeURIComponent(ticketId)}.json`;
  try {
    const response = await fetchFn(url, {
      method: 'PUT',
      headers: { Authorization: authorizationHeader(options.auth), 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    if (response.ok) {
      await response.arrayBuffer();
      return { ok: true };
    }
    const detail = (await response.text()).slice(0, 300);
    // 404 (ticket deleted) and 422 (closed ticket, bad field) will not get better by retrying.
    const retryable = response.status === 429 || response.status >= 500 || response.status === 401 || response.status === 403 || response.status === 409;
    return { ok: false, status: response.status, retryable, detail };
  } catch (error) {
    return { ok: false, status: null, retryable: true, detail: error instanceof Error ? error.message : String(error) };
  }
};
