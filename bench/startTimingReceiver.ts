import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { wallClockMs } from './wallClockMs';

/** A webhook request as the receiver got it. */
export interface TimedWebhook {
  /** {@link wallClockMs} when the last byte of the body arrived. */
  receivedAt: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A webhook receiver on 127.0.0.1 (node:http, an OS-chosen port) that notes when each request's
 * body has fully arrived and answers 200 at once. Signatures are checked afterwards, off the clock.
 */
export async function startTimingReceiver() {
  const received: TimedWebhook[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ receivedAt: wallClockMs(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    /** The first request whose `webhook-id` header is `id`, waiting up to `timeoutMs` for it. */
    waitForId(id: string, timeoutMs: number): Promise<TimedWebhook> {
      return this.waitFor((w) => w.headers['webhook-id'] === id, timeoutMs, `webhook ${id}`);
    },
    /** The first request `match` accepts, waiting up to `timeoutMs` for it. */
    waitFor(match: (w: TimedWebhook) => boolean, timeoutMs: number, what = 'a webhook'): Promise<TimedWebhook> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`${what} did not arrive within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TimingReceiver = Awaited<ReturnType<typeof startTimingReceiver>>;
