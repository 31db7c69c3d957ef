import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnectorHandler } from './createConnectorHandler';
import { fileSeenWebhookStore } from './fileSeenWebhookStore';
import type { ConnectorConfig } from './loadConnectorConfig';
import type { SeenWebhookStore } from './SeenWebhookStore';

/** A running connector. */
export interface RunningConnector {
  server: Server;
  /** e.g. `http://127.0.0.1:3100/webhooks/helpdesk-verify`: the URL to subscribe in the service. */
  url: string;
  close(): Promise<void>;
}

/** Starts the stand-alone connector on `config.host:config.port` (port 0 picks a free one). */
export const startConnector = async (
  config: ConnectorConfig,
  options: { seen?: SeenWebhookStore; now?: () => Date; log?: (entry: Record<string, unknown>) => void; fetch?: typeof fetch } = {},
): Promise<RunningConnector> => {
  const seen = options.seen ?? fileSeenWebhookStore(config.seenIdsFile);
  const handler = createConnectorHandler(
    {
      secrets: config.secrets,
      zendesk: { baseUrl: config.zendeskBaseUrl, auth: config.auth, ...(options.fetch ? { fetch: options.fetch } : {}) },
      ...(config.statusFieldId === undefined ? {} : { statusFieldId: config.statusFieldId }),
      seen,
      now: options.now ?? (() => new Date()),
      ...(options.log ? { log: options.log } : {}),
    },
    { path: config.path },
  );
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${config.host}:${port}${config.path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(seen.close()));
      }),
  };
};
