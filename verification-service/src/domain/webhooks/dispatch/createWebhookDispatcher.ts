import type { AppContext } from '../../../kernel/AppContext';
import { deliverDueWebhooks, type DeliverySummary } from './deliverDueWebhooks';
import type { HttpSender } from './HttpSender';
import { createDispatchLoop, type DispatchLoop } from '../../../infrastructure/jobs/createDispatchLoop';

export interface WebhookDispatcherOptions {
  /** Pause between passes when the last one found less than a full batch. */
  intervalMs?: number;
  /** Deliveries per pass. */
  limit?: number;
  send?: HttpSender;
  /** How long a claim holds a delivery (see `DeliverDueWebhooksOptions.leaseMs`). */
  leaseMs?: number;
}

/** A background loop over {@link deliverDueWebhooks}. */
export type WebhookDispatcher = DispatchLoop<DeliverySummary>;

/**
 * The webhook dispatcher of one service process. Any number may run against one database: claims
 * use `FOR UPDATE SKIP LOCKED`, so they share the work without sending a delivery twice at once.
 */
export function createWebhookDispatcher(ctx: AppContext, options: WebhookDispatcherOptions = {}): WebhookDispatcher {
  const intervalMs = options.intervalMs ?? 1000;
  const limit = options.limit ?? 20;
  return createDispatchLoop({
    name: 'webhook dispatch',
    intervalMs,
    logger: ctx.logger,
    pass: () =>
      deliverDueWebhooks(ctx, {
        limit,
        ...(options.send ? { send: options.send } : {}),
        ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
      }),
    // A full batch may have more behind it, and a first failure is retried at once (the schedule).
    runAgainAtOnce: (summary) => summary.attempted >= limit || summary.retried > 0,
  });
}
