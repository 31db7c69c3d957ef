import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { parseTrustCheckEvent, verifyWebhookAsync, webCryptoHmacSha256 } from '@helpdesk-verify/core-client';
import type { AppDeps } from '../AppDeps';
import { loadAppConfig } from '../config/loadAppConfig';
import { applyTrustCheckEvent } from './applyTrustCheckEvent';
import { claimWebhookId, webhookIdKey } from './claimWebhookId';

const respond = (statusCode: number, body: Record<string, unknown>): WebTriggerResponse => ({
  statusCode,
  headers: { 'Content-Type': ['application/json'] },
  body: JSON.stringify(body),
});

/**
 * The web trigger that receives the service's signed `trust_check.*` webhooks. Web triggers have no
 * built-in authentication, so the Standard Webhooks signature over the raw body and the timestamp (±5 min)
 * are checked with core-client before anything else; forged (401), stale or malformed (400) deliveries and
 * replayed `webhook-id`s (200, ignored) change nothing. A verified result becomes an internal comment and the
 * issue property; when Jira fails, the claim on the id is released and a 5xx makes the service retry.
 */
export const handleWebhook = async (request: WebTriggerRequest, deps: AppDeps): Promise<WebTriggerResponse> => {
  if (request.method !== 'POST') return respond(405, { error: 'method_not_allowed' });
  const config = await loadAppConfig(deps);
  if (!config.webhookSecret) return respond(503, { error: 'not_configured' });
  const now = deps.now();
  const verification = await verifyWebhookAsync(
    { secrets: [config.webhookSecret], headers: request.headers, body: request.body ?? '', now },
    webCryptoHmacSha256,
  );
  if (!verification.verified) {
    return respond(verification.reason === 'no_matching_signature' ? 401 : 400, { error: verification.reason });
  }
  const parsed = parseTrustCheckEvent(verification.payload);
  if (!parsed.valid) return respond(400, { error: 'invalid_event' });
  const { event } = parsed;
  if (event.ticket.system !== 'jira') return respond(200, { status: 'ignored', reason: 'not a Jira ticket' });

  if (!(await claimWebhookId(deps.kvs, verification.id, now))) return respond(200, { status: 'duplicate' });
  try {
    const applied = await applyTrustCheckEvent(deps.jira.asApp, event, now);
    return respond(200, { status: 'applied', issue: applied.issueKey, property_updated: applied.propertyUpdated });
  } catch (error) {
    await deps.kvs.delete(webhookIdKey(verification.id));
    return respond(502, { error: 'jira_write_failed', detail: error instanceof Error ? error.message : String(error) });
  }
};
