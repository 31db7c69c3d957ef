import type { AppContext } from '../../../kernel/AppContext';
import type { ClaimedDelivery } from './claimDueDeliveries';
import { disableWebhookEndpoint } from './disableWebhookEndpoint';
import type { WebhookResponse } from './HttpSender';
import { parseRetryAfter } from '@helpdesk-verify/core-client/client';
import { retryDelayMs } from './retrySchedule';
import { insertWebhookAttempt } from '../webhookAttemptsTable';
import { moveLeasedWebhookDelivery } from '../webhookDeliveriesTable';
import {
  clearWebhookEndpointFailing,
  lockWebhookEndpointState,
  markWebhookEndpointFailing,
} from '../webhookEndpointsTable';

/** An endpoint failing for this long without a success is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3600_000;
/** How much of a response body the attempt log keeps. */
export const RESPONSE_EXCERPT_BYTES = 1024;

/**
 * What became of a delivery after an attempt; `lost` when it had changed meanwhile (its lease passed
 * to another dispatcher, or a concurrent attempt disabled the endpoint and failed it): logged only.
 */
export type AttemptOutcome = 'succeeded' | 'retried' | 'failed' | 'lost';

/**
 * Logs one attempt (status, latency, the first 1 KB of the answer, the error) and moves the delivery
 * on: 2xx succeeds; 410 Gone disables the endpoint; any other answer (3xx included) or error is
 * retried on the schedule (later if a 429/503 `Retry-After` asks) until it is spent. Tracks
 * `failing_since` on the endpoint and disables it after 5 days of failures. The delivery changes
 * only while this dispatcher's lease holds.
 */
export async function recordAttempt(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { delivery: ClaimedDelivery; response: WebhookResponse; latencyMs: number },
): Promise<AttemptOutcome> {
  const { delivery, response } = input;
  const now = ctx.clock.now();
  const status = response.kind === 'response' ? response.status : null;
  const succeeded = status !== null && status >= 200 && status < 300;
  const error = describeFailure(response);
  return ctx.db.transaction(async (tx) => {
    // Endpoint first, then deliveries, in every transaction: attempts of one endpoint recorded at
    // once (one of them disabling it and failing the others) queue up instead of deadlocking.
    await lockWebhookEndpointState(ctx, { tx, orgId: delivery.orgId, id: delivery.endpointId });
    await insertWebhookAttempt(ctx, {
      tx,
      orgId: delivery.orgId,
      deliveryId: delivery.id,
      attemptedAt: now,
      statusCode: status,
      latencyMs: Math.round(input.latencyMs),
      responseExcerpt: response.kind === 'response' ? excerpt(response.body) : null,
      error,
    });
    const attempts = delivery.attemptCount + 1;
    const endpoint = { tx, orgId: delivery.orgId, endpointId: delivery.endpointId, at: now };
    const move = (next: { status: 'succeeded' | 'failed' | 'pending'; nextAttemptAt: Date | null }) =>
      moveLeasedWebhookDelivery(ctx, {
        tx,
        orgId: delivery.orgId,
        id: delivery.id,
        lockedUntil: delivery.lockedUntil,
        attempts,
        at: now,
        ...next,
      });
    if (succeeded) {
      if (!(await move({ status: 'succeeded', nextAttemptAt: null }))) return 'lost';
      await clearWebhookEndpointFailing(ctx, { tx, orgId: delivery.orgId, id: delivery.endpointId, at: now });
      return 'succeeded';
    }
    if (status === 410) {
      if (!(await move({ status: 'failed', nextAttemptAt: null }))) return 'lost';
      const reason = `Disabled on ${now.toISOString()}: the endpoint answered 410 Gone`;
      await disableWebhookEndpoint(ctx, { ...endpoint, reason });
      return 'failed';
    }
    const retryAfter =
      status === 429 || status === 503 ? parseRetryAfter(headerOf(response, 'retry-after'), now.getTime()) : undefined;
    const delay = delivery.automaticRetries ? retryDelayMs(attempts, retryAfter) : null;
    const nextAttemptAt = delay === null ? null : new Date(now.getTime() + delay);
    const next = delay === null ? 'failed' : 'pending';
    if (!(await move({ status: next, nextAttemptAt }))) return 'lost';
    const failingSince = await markWebhookEndpointFailing(ctx, {
      tx,
      orgId: delivery.orgId,
      id: delivery.endpointId,
      at: now,
    });
    if (failingSince && now.getTime() - failingSince.getTime() >= DISABLE_AFTER_FAILING_MS) {
      const reason = `Disabled on ${now.toISOString()} after failing since ${failingSince.toISOString()}: last error ${error}`;
      await disableWebhookEndpoint(ctx, { ...endpoint, reason });
      return 'failed';
    }
    return next === 'failed' ? 'failed' : 'retried';
  });
}

function describeFailure(response: WebhookResponse): string | null {
  if (response.kind === 'error') return response.error;
  const { status } = response;
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) return `HTTP ${status}: redirects are not followed`;
  return `HTTP ${status}`;
}

function headerOf(response: WebhookResponse, name: string): string | undefined {
  return response.kind === 'response' ? response.headers[name] : undefined;
}

function excerpt(body: string): string {
  const bytes = Buffer.from(body, 'utf8');
  return bytes.length <= RESPONSE_EXCERPT_BYTES ? body : bytes.subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8');
}
