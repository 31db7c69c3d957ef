/** One webhook POST as the dispatcher builds it. */
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * What came back: a response (any status; the sender never follows redirects) with its headers
 * (lower-case names) and at most the first bytes of its body, or an error that kept one from arriving
 * (refused target, DNS, connect, TLS, timeout).
 */
export type WebhookResponse =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'error'; error: string };

/** Sends one webhook request; expected failures come back as `{ kind: 'error' }`, never thrown. */
export type HttpSender = (request: WebhookRequest) => Promise<WebhookResponse>;
