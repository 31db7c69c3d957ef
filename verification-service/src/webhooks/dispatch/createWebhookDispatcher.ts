import type { AppContext } from '../../app/AppContext';
import { deliverDueWebhooks, type DeliverySummary } from './deliverDueWebhooks';
import type { HttpSender } from './HttpSender';

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
export interface WebhookDispatcher {
  /** Starts polling; a full batch, or one that scheduled retries, is followed at once by the next. */
  start(): void;
  /** Stops polling and waits for the pass in flight, so no attempt is left half recorded. */
  stop(): Promise<void>;
  /** Runs one pass now (after the one in flight, never beside it). */
  runOnce(): Promise<DeliverySummary>;
}

/**
 * The webhook dispatcher of one service process. Any number may run against one database: claims
 * use `FOR UPDATE SKIP LOCKED`, so they share the work without sending a delivery twice at once.
 */
export function createWebhookDispatcher(ctx: AppContext, options: WebhookDispatcherOptions = {}): WebhookDispatcher {
  const intervalMs = options.intervalMs ?? 1000;
  const limit = options.limit ?? 20;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();

  const runOnce = (): Promise<DeliverySummary> => {
    const pass = inFlight.then(() =>
      deliverDueWebhooks(ctx, { limit, ...(options.send ? { send: options.send } : {}), ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}) }),
    );
    inFlight = pass.catch(() => undefined);
    return pass;
  };

  const tick = async () => {
    timer = undefined;
    let full = false;
    try {
      const summary = await runOnce();
      // A full batch may have more behind it, and a first failure is retried at once (the schedule).
      full = summary.attempted >= limit || summary.retried > 0;
    } catch (error) {
      ctx.logger.error({ err: error }, 'webhook dispatch pass failed');
    }
    if (running) timer = setTimeout(() => void tick(), full ? 0 : intervalMs);
  };

  return {
    start() {
      if (running) return;
      running = true;
      timer = setTimeout(() => void tick(), 0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
    runOnce,
  };
}
