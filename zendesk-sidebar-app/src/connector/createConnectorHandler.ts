import type { IncomingMessage, ServerResponse } from 'node:http';
import { receiveWebhook } from '@helpdesk-verify/core-client/webhooks';
import {
  MAX_WEBHOOK_BODY_BYTES,
  type AsyncReceiverHost,
  type WebhookRequest,
} from '@helpdesk-verify/core-client/receiver';
import { handleSolveGuard } from '../gate/guard/handleSolveGuard';
import type { SolveGuardDeps } from '../gate/guard/SolveGuardDeps';

/** What the connector serves: the service's webhooks through the kit, and optionally Zendesk's solve guard. */
export interface ConnectorRoutes {
  webhook: { path: string; host: AsyncReceiverHost };
  guard: { path: string; deps: SolveGuardDeps } | null;
  log?: (entry: Record<string, unknown>) => void;
}

/**
 * A `node:http` request listener for the connector: `{webhook.path}` hands every request to the
 * kit's `receiveWebhook` (which answers non-POST with 405 and bodies over
 * `MAX_WEBHOOK_BODY_BYTES` with 413), `{guard.path}` to the solve guard, `GET /healthz` answers 200.
 */
export const createConnectorHandler =
  (routes: ConnectorRoutes) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://connector');
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { result: 'ok' });
    const route =
      url.pathname === routes.webhook.path
        ? 'webhook'
        : routes.guard !== null && url.pathname === routes.guard.path
          ? 'guard'
          : null;
    if (route === null) return send(res, 404, { result: 'not_found' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      // Keep one byte past the limit so the receiver sees the body is too large, and no more.
      if (size <= MAX_WEBHOOK_BODY_BYTES) chunks.push(chunk.subarray(0, MAX_WEBHOOK_BODY_BYTES + 1 - size));
      size += chunk.length;
    });
    req.on('end', () => {
      const request: WebhookRequest = {
        method: req.method ?? 'GET',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const answered =
        route === 'webhook'
          ? receiveWebhook(routes.webhook.host, request)
          : handleSolveGuard(routes.guard!.deps, request);
      answered.then(
        (answer) => send(res, answer.status, answer.body),
        (error: unknown) => {
          routes.log?.({
            msg: 'connector failed',
            route,
            error: error instanceof Error ? error.message : String(error),
          });
          send(res, 500, { result: 'error' });
        },
      );
    });
  };

const send = (res: ServerResponse, status: number, body: unknown): void => {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};
