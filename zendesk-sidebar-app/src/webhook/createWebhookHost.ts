import { parseTrustCheckEvent } from '@helpdesk-verify/core-client/webhooks';
import type { AsyncReceiverHost } from '@helpdesk-verify/core-client/receiver';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import type { ZendeskApiOptions } from '../zendesk/ZendeskApiOptions';
import { applyResultToTicket } from './applyResultToTicket';
import type { SeenWebhookStore } from './SeenWebhookStore';

/** What the Zendesk receiver host needs; the clock is injected. */
export interface WebhookHostDeps {
  /** The `whsec_…` secret(s) of the service's webhook endpoint (two during a rotation). */
  secrets: readonly string[];
  zendesk: ZendeskApiOptions;
  /** Id of the "Identity verification" ticket field, if it should be set. */
  statusFieldId?: number;
  seen: SeenWebhookStore;
  now: () => Date;
  log?: (entry: Record<string, unknown>) => void;
}

/**
 * The host functions the kit's `receiveWebhook` runs for Zendesk: secrets, HMAC and zod parsing
 * from core-client, claim/release over the seen-webhook store, and apply = the ticket writes. A
 * `webhook-id` is kept for good (`complete`) only once its write is done or refused for good, so a
 * crash in between lets the service's retry through.
 */
export const createWebhookHost = (deps: WebhookHostDeps): AsyncReceiverHost => {
  const log = deps.log ?? (() => {});
  return {
    system: 'zendesk',
    now: deps.now,
    parseEvent: parseTrustCheckEvent,
    secrets: () => deps.secrets,
    hmac: nodeHmacSha256,
    claim: (webhookId) => deps.seen.claim(webhookId),
    release: async (webhookId) => {
      log({ msg: 'zendesk write failed, the delivery will be retried', id: webhookId });
      await deps.seen.release(webhookId);
    },
    apply: async (event, webhookId) => {
      const applied = await applyResultToTicket({
        zendesk: deps.zendesk,
        event,
        ...(deps.statusFieldId === undefined ? {} : { statusFieldId: deps.statusFieldId }),
      });
      await deps.seen.complete(webhookId);
      log({
        msg: applied.result === 'applied' ? 'result written to ticket' : 'result not written',
        id: webhookId,
        ticket: event.ticket.id,
        status: event.status,
        detail: applied.detail,
      });
      return applied;
    },
  };
};
