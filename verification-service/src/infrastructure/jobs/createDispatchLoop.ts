import type { Logger } from '../../kernel/logger';

/** A background loop over an outbox: passes one after another, never two at once. */
export interface DispatchLoop<Result> {
  /** Starts polling. */
  start(): void;
  /** Stops polling and waits for the pass in flight, so no attempt is left half recorded. */
  stop(): Promise<void>;
  /** Runs one pass now (after the one in flight, never beside it). */
  runOnce(): Promise<Result>;
}

/**
 * Polls an outbox every `intervalMs`; a pass after which `runAgainAtOnce` holds (a full batch, a
 * retry due at once) is followed by the next without waiting. A failed pass is logged and the loop
 * goes on. The webhook and the message dispatchers share it.
 */
export function createDispatchLoop<Result>(input: {
  /** Names the loop in the log, e.g. "webhook dispatch". */
  name: string;
  intervalMs: number;
  pass: () => Promise<Result>;
  runAgainAtOnce: (result: Result) => boolean;
  logger: Logger;
}): DispatchLoop<Result> {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();

  const runOnce = (): Promise<Result> => {
    const pass = inFlight.then(input.pass);
    inFlight = pass.catch(() => undefined);
    return pass;
  };

  const tick = async () => {
    timer = undefined;
    let again = false;
    try {
      again = input.runAgainAtOnce(await runOnce());
    } catch (error) {
      input.logger.error({ err: error }, `${input.name} pass failed`);
    }
    if (running) timer = setTimeout(() => void tick(), again ? 0 : input.intervalMs);
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
