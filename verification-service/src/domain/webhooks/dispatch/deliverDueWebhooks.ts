import { performance } from 'node:perf_hooks';
import type { AppContext } from '../../../kernel/AppContext';
import { loadLiveSecrets } from '../secrets/loadLiveSecrets';
import { claimDueDeliveries, type ClaimedDelivery } from './claimDueDeliveries';
import { createNodeHttpSender } from './createNodeHttpSender';
import type { HttpSender, WebhookResponse } from './HttpSender';
import { recordAttempt, type AttemptOutcome } from './recordAttempt';
import { webhookHeaders } from './webhookHeaders';

export interface DeliverDueWebhooksOptions {
  /** Most deliveries claimed in one batch. */
  limit?: number;
  /** Sends a request; defaults to node:http with the SSRF guard unless private targets are allowed. */
  send?: HttpSender;
  /**
   * How long a claim holds a delivery (default 60 s, `LEASE_MS`). Keep it above the 15 s attempt
   * deadline: a shorter lease lets another process claim a delivery whose attempt is still running.
   */
  leaseMs?: number;
}

/** What one batch did: attempts made, and how many deliveries succeeded, failed for good or will retry. */
export interface DeliverySummary {
  attempted: number;
  succeeded: number;
  failed: number;
  retried: number;
}

/**
 * One dispatcher pass: claims due deliveries under a lease (60 s by default; see {@link claimDueDeliveries}),
 * sends them concurrently outside any transaction, each signed afresh with every live secret of its
 * endpoint, and records each attempt and the delivery's next state (see {@link recordAttempt}).
 */
export async function deliverDueWebhooks(
  ctx: AppContext,
  options: DeliverDueWebhooksOptions = {},
): Promise<DeliverySummary> {
  const limit = options.limit ?? 20;
  const send = options.send ?? createNodeHttpSender({ allowPrivate: ctx.config.allowPrivateWebhookTargets });
  const claimed = await claimDueDeliveries(ctx, {
    limit,
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
  });
  const outcomes = await Promise.all(claimed.map((delivery) => attempt(ctx, send, delivery)));
  const count = (outcome: AttemptOutcome) => outcomes.filter((o) => o === outcome).length;
  return {
    attempted: claimed.length,
    succeeded: count('succeeded'),
    failed: count('failed'),
    retried: count('retried'),
  };
}

async function attempt(ctx: AppContext, send: HttpSender, delivery: ClaimedDelivery): Promise<AttemptOutcome> {
  const at = ctx.clock.now();
  const body = JSON.stringify(delivery.payload);
  const started = performance.now();
  let response: WebhookResponse;
  try {
    const secrets = await loadLiveSecrets(ctx, { orgId: delivery.orgId, endpointId: delivery.endpointId, at });
    response =
      secrets.length === 0
        ? { kind: 'error', error: 'the endpoint has no live signing secret' }
        : await send({
            url: delivery.url,
            headers: webhookHeaders({ messageId: delivery.messageId, at, body, secrets }),
            body,
          });
  } catch (error) {
    response = { kind: 'error', error: error instanceof Error ? error.message : String(error) };
  }
  const latencyMs = performance.now() - started;
  try {
    return await recordAttempt(ctx, { delivery, response, latencyMs });
  } catch (error) {
    // The lease runs out and another pass retries the delivery with the same webhook-id.
    ctx.logger.error({ err: error, deliveryId: delivery.id }, 'could not record a webhook attempt');
    return 'lost';
  }
}
