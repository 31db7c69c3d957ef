import { parseTrustCheckEvent, verifyWebhook, type WebhookHeaders } from '@helpdesk-verify/core-client';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { buildTicketUpdate } from './buildTicketUpdate';
import type { SeenWebhookStore } from './SeenWebhookStore';
import { updateZendeskTicket, type ZendeskApiOptions } from './updateZendeskTicket';

/** What the connector needs; the clock is injected. */
export interface ConnectorDeps {
  /** The `whsec_…` secret(s) of the service's webhook endpoint (two during a rotation). */
  secrets: readonly string[];
  zendesk: ZendeskApiOptions;
  /** Id of the "Identity verification" ticket field, if it should be set. */
  statusFieldId?: number;
  seen: SeenWebhookStore;
  now: () => Date;
  log?: (entry: Record<string, unknown>) => void;
}

/** A webhook request as any host hands it over: headers and the raw body, untouched. */
export interface WebhookRequest {
  headers: WebhookHeaders;
  body: string;
}

/** The answer to send back to the service (2xx: done, never resend; other: resend later). */
export interface WebhookAnswer {
  status: number;
  body: { result: string; detail?: string };
}

/**
 * Handles one signed `trust_check.*` webhook: checks signature and timestamp (±5 min) with
 * core-client, ignores a `webhook-id` it already wrote (permanently), and writes the private note,
 * tag and field on the Zendesk ticket. Forged, stale and replayed requests change nothing.
 */
export const handleWebhook = async (deps: ConnectorDeps, request: WebhookRequest): Promise<WebhookAnswer> => {
  const log = deps.log ?? (() => {});
  const verified = verifyWebhook({ secrets: deps.secrets, headers: request.headers, body: request.body, now: deps.now() }, nodeHmacSha256);
  if (!verified.verified) {
    log({ msg: 'webhook refused', reason: verified.reason });
    return { status: 401, body: { result: 'refused', detail: verified.reason } };
  }
  const parsed = parseTrustCheckEvent(verified.payload);
  if (!parsed.valid) {
    log({ msg: 'webhook payload is not a trust_check event', id: verified.id });
    return { status: 422, body: { result: 'invalid_event' } };
  }
  const update = buildTicketUpdate(parsed.event, deps.statusFieldId === undefined ? {} : { statusFieldId: deps.statusFieldId });
  if (!update.ok) {
    log({ msg: 'webhook ignored', id: verified.id, reason: update.reason });
    return { status: 200, body: { result: 'ignored', detail: update.reason } };
  }
  if (!(await deps.seen.claim(verified.id))) {
    log({ msg: 'webhook replay ignored', id: verified.id });
    return { status: 200, body: { result: 'duplicate' } };
  }
  let written;
  try {
    written = await updateZendeskTicket(deps.zendesk, update.ticketId, update.body);
  } catch (error) {
    await deps.seen.release(verified.id);
    throw error;
  }
  if (written.ok) {
    await deps.seen.complete(verified.id);
    log({ msg: 'result written to ticket', id: verified.id, ticket: update.ticketId, status: parsed.event.status });
    return { status: 200, body: { result: 'written' } };
  }
  if (written.retryable) {
    await deps.seen.release(verified.id);
    log({ msg: 'zendesk write failed, will be retried', id: verified.id, status: written.status, detail: written.detail });
    return { status: 503, body: { result: 'zendesk_unavailable', detail: `Zendesk answered ${written.status ?? 'nothing'}` } };
  }
  await deps.seen.complete(verified.id);
  log({ msg: 'zendesk refused the update for good', id: verified.id, status: written.status, detail: written.detail });
  return { status: 200, body: { result: 'zendesk_refused', detail: `Zendesk answered ${written.status}` } };
};
