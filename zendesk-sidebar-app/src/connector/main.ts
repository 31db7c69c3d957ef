/* The stand-alone connector: `node dist/connector/main.cjs` (built by `npm run build`). */
import { loadConnectorConfig } from './loadConnectorConfig';
import { startConnector } from './startConnector';

const log = (entry: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);

Promise.resolve()
  .then(() => startConnector(loadConnectorConfig(process.env), { log }))
  .then(
    (connector) => {
      log({
        msg: 'Zendesk connector listening',
        url: connector.url,
        solve_guard: connector.guardUrl ?? 'off (no ZENDESK_WEBHOOK_SIGNING_SECRET)',
      });
      const stop = () => void connector.close().then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
