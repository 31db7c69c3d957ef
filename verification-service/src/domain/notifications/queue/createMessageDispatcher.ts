import { createDispatchLoop } from '../../../infrastructure/jobs/createDispatchLoop';
import { deliverDueMessages, type MessageDispatchContext, type MessagePassResult } from './deliverDueMessages';

/** The message outbox as the verification flow sees it. */
export interface MessageQueue {
  /**
   * Sends the due messages of one verification now, right after the transaction that queued them
   * commits, and resolves once their attempts are recorded; retries are left to the background loop.
   * Never rejects: when the pass itself fails (the database), the messages stay queued for that loop.
   */
  deliverNow(verificationId: string): Promise<MessagePassResult>;
}

/** The background loop over {@link deliverDueMessages}, and the immediate send after a commit. */
export interface MessageDispatcher extends MessageQueue {
  /** Starts polling for due messages (retries, and any a crash left queued). */
  start(): void;
  /** Stops polling and waits for the passes in flight. */
  stop(): Promise<void>;
  /** Runs one pass over every organisation now (after the one in flight). */
  runOnce(): Promise<MessagePassResult>;
}

/**
 * The message dispatcher of one service process. Any number may run against one database: claims use
 * `FOR UPDATE SKIP LOCKED` and a lease, so a message is never sent by two of them at once.
 */
export function createMessageDispatcher(
  ctx: MessageDispatchContext,
  options: { intervalMs?: number; limit?: number; leaseMs?: number } = {},
): MessageDispatcher {
  const intervalMs = options.intervalMs ?? 1000;
  const limit = options.limit ?? 20;
  const lease = options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {};
  const immediate = new Set<Promise<unknown>>();
  const loop = createDispatchLoop({
    name: 'message dispatch',
    intervalMs,
    logger: ctx.logger,
    pass: () => deliverDueMessages(ctx, { limit, ...lease }),
    runAgainAtOnce: (result) => result.attempted >= limit,
  });

  return {
    deliverNow(verificationId) {
      const pass = deliverDueMessages(ctx, { limit, ...lease, verificationId }).catch(
        (error: unknown): MessagePassResult => {
          ctx.logger.warn(
            { verification_id: verificationId, err: error instanceof Error ? error.message : String(error) },
            'could not send queued messages now; the dispatcher will',
          );
          return { attempted: 0, outcomes: [] };
        },
      );
      const tracked = pass.finally(() => immediate.delete(tracked));
      immediate.add(tracked);
      return pass;
    },
    start: loop.start,
    async stop() {
      await Promise.all([loop.stop(), ...immediate]);
    },
    runOnce: loop.runOnce,
  };
}
