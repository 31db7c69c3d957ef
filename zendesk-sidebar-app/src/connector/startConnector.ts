import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTicketingClient } from '@helpdesk-verify/core-client/client';
import { listTicketVerifications } from '../gate/listTicketVerifications';
import { createWebhookHost } from '../webhook/createWebhookHost';
import { fileSeenWebhookStore } from '../webhook/fileSeenWebhookStore';
import type { SeenWebhookStore } from '../webhook/SeenWebhookStore';
import type { ZendeskApiOptions } from '../zendesk/ZendeskApiOptions';
import { createConnectorHandler } from './createConnectorHandler';
import type { ConnectorConfig } from './loadConnectorConfig';

/** A running connector. */
export interface RunningConnector {
  server: Server;
  /** e.g. `http://127.0.0.1:3100/webhooks/helpdesk-verify`: the URL to subscribe in the service. */
  url: string;
  /** e.g. `http://127.0.0.1:3100/zendesk/solve-guard`, or null when the guard is off. */
  guardUrl: string | null;
  close(): Promise<void>;
}

/** Starts the stand-alone connector on `config.host:config.port` (port 0 picks a free one). */
export const startConnector = async (
  config: ConnectorConfig,
  options: {
    seen?: SeenWebhookStore;
    now?: () => Date;
    log?: (entry: Record<string, unknown>) => void;
    fetch?: typeof fetch;
  } = {},
): Promise<RunningConnector> => {
  const seen = options.seen ?? fileSeenWebhookStore(config.seenIdsFile);
  const now = options.now ?? (() => new Date());
  const log = options.log;
  const zendesk: ZendeskApiOptions = {
    baseUrl: config.zendeskBaseUrl,
    auth: config.auth,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const host = createWebhookHost({
    secrets: config.secrets,
    zendesk,
    seen,
    now,
    ...(config.statusFieldId === undefined ? {} : { statusFieldId: config.statusFieldId }),
    ...(log ? { log } : {}),
  });
  const guard = config.guard;
  const hv =
    guard === null
      ? null
      : createTicketingClient({
          baseUrl: guard.serviceUrl,
          apiKey: guard.apiKey,
          timeoutMs: 10_000,
          retry: { retries: 1 },
        });
  const handler = createConnectorHandler({
    webhook: { path: config.path, host },
    guard:
      guard === null || hv === null
        ? null
        : {
            path: guard.path,
            deps: {
              signingSecrets: guard.signingSecrets,
              zendesk,
              gateTag: guard.gateTag,
              maxAgeMinutes: guard.maxAgeMinutes,
              verifications: (ticketId) => listTicketVerifications(hv, ticketId),
              now,
              ...(log ? { log } : {}),
            },
          },
    ...(log ? { log } : {}),
  });
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${config.host}:${port}${config.path}`,
    guardUrl: guard === null ? null : `http://${config.host}:${port}${guard.path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(seen.close()));
      }),
  };
};
