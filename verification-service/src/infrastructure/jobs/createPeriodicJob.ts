import type { Logger } from '../../kernel/logger';

/** A task run every `intervalMs` (never overlapping itself) until stopped. */
export interface PeriodicJob {
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
  /** One run now (tests, and the first run at start). */
  runOnce(): Promise<void>;
}

export function createPeriodicJob(input: {
  name: string;
  intervalMs: number;
  run: () => Promise<unknown>;
  logger: Logger;
}): PeriodicJob {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;
  const runOnce = () => {
    if (running) return running;
    running = input
      .run()
      .then(() => undefined)
      .catch((error: unknown) =>
        input.logger.error(
          { job: input.name, err: error instanceof Error ? error.message : String(error) },
          'background job failed',
        ),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().finally(schedule);
    }, input.intervalMs);
    timer.unref();
  };
  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
    runOnce,
  };
}
