import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SeenWebhookStore } from './SeenWebhookStore';

const ID = /^[\x21-\x7e]{1,255}$/;

/**
 * A {@link SeenWebhookStore} kept in an append-only file, one completed `webhook-id` per line,
 * fsynced before `complete` resolves, read back on start. One connector process per file (the
 * in-flight claims live in this process); run more connectors with a shared store of your own.
 */
export const fileSeenWebhookStore = (path: string): SeenWebhookStore => {
  mkdirSync(dirname(path), { recursive: true });
  const done = new Set<string>();
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line !== '') done.add(line);
  }
  const fd = openSync(path, 'a', 0o600);
  const pending = new Set<string>();
  return {
    async claim(id) {
      if (!ID.test(id))
        throw new TypeError(`webhook-id must be 1 to 255 visible ASCII characters, got ${JSON.stringify(id)}`);
      if (done.has(id) || pending.has(id)) return false;
      pending.add(id);
      return true;
    },
    async complete(id) {
      writeSync(fd, `${id}\n`);
      fsyncSync(fd);
      pending.delete(id);
      done.add(id);
    },
    async release(id) {
      pending.delete(id);
    },
    async close() {
      closeSync(fd);
    },
  };
};
