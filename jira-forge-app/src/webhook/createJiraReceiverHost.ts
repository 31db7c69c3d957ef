import { parseTrustCheckEvent, webCryptoHmacSha256 } from '@helpdesk-verify/core-client/webhooks';
import type { AsyncReceiverHost } from '@helpdesk-verify/core-client/receiver';
import type { AppDeps } from '../AppDeps';
import { loadAppConfig } from '../config/loadAppConfig';
import { applyTrustCheckEvent } from './applyTrustCheckEvent';
import { claimWebhookId } from './claimWebhookId';
import { commentProgress } from './commentProgress';
import { releaseWebhookId } from './releaseWebhookId';

/**
 * The Jira host of core-client's receiver: the webhook secret from the admin page (or the encrypted Forge
 * variable), WebCrypto HMAC, the `webhook-id` claimed permanently in kvs (`FAIL_IF_EXISTS`) and released when
 * applying fails, and apply = the internal comment plus the issue property. A Jira failure throws, so the
 * receiver releases the claim and answers 503 `apply_failed`, and the service retries; a comment already
 * written by a failed attempt is not written again.
 */
export const createJiraReceiverHost = (deps: AppDeps): AsyncReceiverHost => ({
  system: 'jira',
  now: () => deps.now(),
  parseEvent: parseTrustCheckEvent,
  hmac: webCryptoHmacSha256,
  secrets: async () => {
    const { webhookSecret } = await loadAppConfig(deps);
    return webhookSecret ? [webhookSecret] : [];
  },
  claim: (webhookId) => claimWebhookId(deps.kvs, webhookId, deps.now()),
  release: (webhookId) => releaseWebhookId(deps.kvs, webhookId),
  apply: async (event, webhookId) => {
    const applied = await applyTrustCheckEvent({
      asApp: deps.jira.asApp,
      event,
      now: deps.now(),
      progress: commentProgress(deps.kvs, webhookId),
    });
    const property = applied.propertyUpdated ? 'property updated' : 'property kept (a newer verification owns it)';
    return { result: 'applied', detail: `${applied.issueKey}: ${applied.comment}; ${property}` };
  },
});
