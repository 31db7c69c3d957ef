import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleWebhook, type ConnectorDeps } from './handleWebhook';

/** Largest webhook body accepted (the service's events are a few KiB). */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * A `node:http` request listener for the connector: `POST {path}` takes webhooks, `GET /healthz`
 * answers 200. Mount it with `http.createServer(handler)`, or call it from another server's raw
 * request/response (see README: hosting the connector in the verification service).
 */
export const createConnectorHandler = (deps: ConnectorDeps, options: { path?: string } = {}) => {
  const path = options.path ?? '/webhooks/helpdesk-verify';
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://connector');
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { result: 'ok' });
    if (url.pathname !== path) return send(res, 404, { result: 'not_found' });
    if (req.method !== 'POST') return send(res, 405, { result: 'method_not_allowed' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        send(res, 413, { result: 'too_large' });
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      handleWebhook(deps, { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }).then(
        (answer) => send(res, answer.status, answer.body),
        (error: unknown) => {
          deps.log?.({ msg: 'connector failed', error: error instanceof Error ? error.message : String(error) });
          send(res, 500, { result: 'error' });
        },
      );
    });
  };
};

const send = (res: ServerResponse, status: number, body: unknown): void => {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};
