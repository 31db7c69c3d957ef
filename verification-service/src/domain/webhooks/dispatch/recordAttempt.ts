import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { ClaimedDelivery } from './claimDueDeliveries';
import { disableWebhookEndpoint } from './disableWebhookEndpoint';
import type { WebhookResponse } from './HttpSender';
import { parseRetryAfter } from '@helpdesk-verify/core-client';
import { retryDelayMs } from './retrySchedule';

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
    await tx.query('SELECT id FROM webhook_endpoints WHERE org_id = $1 AND id = $2 FOR NO KEY UPDATE', [
      delivery.orgId,
      delivery.endpointId,
    ]);
    await tx.query(
      `INSERT INTO webhook_attempts (org_id, delivery_id, attempted_at, status_code, latency_ms, response_excerpt, error)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        delivery.orgId,
        delivery.id,
        now,
        status,
        Math.round(input.latencyMs),
        response.kind === 'response' ? excerpt(response.body) : null,
        error,
      ],
    );
    const attempts = delivery.attemptCount + 1;
    const endpoint = { orgId: delivery.orgId, endpointId: delivery.endpointId, at: now };
    if (succeeded) {
      if (!(await moveDelivery(tx, delivery, { status: 'succeeded', attempts, nextAttemptAt: null, now })))
        return 'lost';
      await tx.query(
        'UPDATE webhook_endpoints SET failing_since = NULL, updated_at = $3 WHERE org_id = $1 AND id = $2 AND failing_since IS NOT NULL',
        [delivery.orgId, delivery.endpointId, now],
      );
      return 'succeeded';
    }
    if (status === 410) {
      if (!(await moveDelivery(tx, delivery, { status: 'failed', attempts, nextAttemptAt: null, now }))) return 'lost';
      const reason = `Disabled on ${now.toISOString()}: the endpoint answered 410 Gone`;
      await disableWebhookEndpoint(tx, { ...endpoint, reason });
      return 'failed';
    }
    const retryAfter =
      status === 429 || status === 503 ? parseRetryAfter(headerOf(response, 'retry-after'), now.getTime()) : undefined;
    const delay = delivery.automaticRetries ? retryDelayMs(attempts, retryAfter) : null;
    const nextAttemptAt = delay === null ? null : new Date(now.getTime() + delay);
    const next = delay === null ? 'failed' : 'pending';
    if (!(await moveDelivery(tx, delivery, { status: next, attempts, nextAttemptAt, now }))) return 'lost';
    const [row] = await tx.query<{ failing_since: Date }>(
      `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $3)
       WHERE org_id = $1 AND id = $2 RETURNING failing_since`,
      [delivery.orgId, delivery.endpointId, now],
    );
    if (row && now.getTime() - row.failing_since.getTime() >= DISABLE_AFTER_FAILING_MS) {
      const reason = `Disabled on ${now.toISOString()} after failing since ${row.failing_since.toISOString()}: last error ${error}`;
      await disableWebhookEndpoint(tx, { ...endpoint, reason });
      return 'failed';
    }
    return next === 'failed' ? 'failed' : 'retried';
  });
}

async function moveDelivery(
  tx: Queryable,
  delivery: ClaimedDelivery,
  next: { status: 'succeeded' | 'failed' | 'pending'; attempts: number; nextAttemptAt: Date | null; now: Date },
): Promise<boolean> {
  const moved = await tx.query(
    `UPDATE webhook_deliveries SET status = $4, attempt_count = $5, next_attempt_at = $6, locked_until = NULL, updated_at = $7
     WHERE org_id = $1 AND id = $2 AND status = 'pending' AND locked_until = $3 RETURNING id`,
    [delivery.orgId, delivery.id, delivery.lockedUntil, next.status, next.attempts, next.nextAttemptAt, next.now],
  );
  return moved.length === 1;
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
