import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';

/**
 * Stands in for Forge's web trigger front door on 127.0.0.1: turns each HTTP request into the
 * `WebTriggerRequest` Forge passes (raw body, header values as arrays, query as arrays), calls the handler,
 * and writes its `{ statusCode, headers, body }` back.
 */
export async function startWebTriggerHost(handler: (request: WebTriggerRequest) => Promise<WebTriggerResponse>) {
  const responses: WebTriggerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://trigger.local');
      const headers: Record<string, string[]> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers[name] = Array.isArray(value) ? value : [value];
      const queryParameters: Record<string, string[]> = {};
      for (const [name, value] of url.searchParams) (queryParameters[name] ??= []).push(value);
      handler({
        method: (req.method ?? 'GET') as WebTriggerRequest['method'],
        path: url.pathname,
        body: Buffer.concat(chunks).toString('utf8'),
        headers,
        queryParameters,
      })
        .then((response) => {
          responses.push(response);
          const out: Record<string, string> = {};
          for (const [name, values] of Object.entries(response.headers ?? {})) out[name] = values.join(', ');
          res.writeHead(response.statusCode, out);
          res.end(response.body ?? '');
        })
        .catch((error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/x1/hv-webhook`,
    responses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
