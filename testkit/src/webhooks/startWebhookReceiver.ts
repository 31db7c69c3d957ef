import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the receiver got, with its raw body. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers one request; `hold` delays the answer (ms). */
export interface ReceiverAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  hold?: number;
}

/**
 * A real HTTP server on 127.0.0.1 and an OS-chosen port that records every request and answers
 * as `answer` says (200 by default). For tests of webhook delivery; not used by the service.
 */
export async function startWebhookReceiver(
  answer: (request: ReceivedWebhook, index: number) => ReceiverAnswer = () => ({ status: 200 }),
) {
  const received: ReceivedWebhook[] = [];
  let respond = answer;
  const held = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      const a = respond(request, received.length - 1);
      const send = () => {
        res.writeHead(a.status, a.headers ?? {});
        res.end(a.body ?? '');
      };
      if (a.hold) {
        const timer = setTimeout(() => {
          held.delete(timer);
          send();
        }, a.hold);
        held.add(timer);
      } else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    /** Changes how later requests are answered. */
    answerWith(next: (request: ReceivedWebhook, index: number) => ReceiverAnswer) {
      respond = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of held) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
