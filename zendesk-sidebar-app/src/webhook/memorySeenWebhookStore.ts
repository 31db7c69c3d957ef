import type { SeenWebhookStore } from './SeenWebhookStore';

/** A {@link SeenWebhookStore} in memory: for tests and for a host that persists ids itself. */
export const memorySeenWebhookStore = (): SeenWebhookStore & { completed(): string[] } => {
  const done = new Set<string>();
  const pending = new Set<string>();
  return {
    async claim(id) {
      if (done.has(id) || pending.has(id)) return false;
      pending.add(id);
      return true;
    },
    async complete(id) {
      pending.delete(id);
      done.add(id);
    },
    async release(id) {
      pending.delete(id);
    },
    async close() {},
    completed: () => [...done],
  };
};
