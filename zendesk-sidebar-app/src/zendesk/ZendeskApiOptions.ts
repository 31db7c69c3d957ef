import type { ZendeskAuth } from './ZendeskAuth';

/** Where and as whom the connector calls the Zendesk Support API. */
export interface ZendeskApiOptions {
  /** `https://{subdomain}.zendesk.com` (no trailing path). */
  baseUrl: string;
  auth: ZendeskAuth;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Per request; default 15 000. */
  timeoutMs?: number;
}
