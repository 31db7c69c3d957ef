import { loadConfig } from './loadConfig';
import { createApp } from './createApp';
import { bootstrapDemo, demoInstructions } from './demo/bootstrapDemo';
import { servesCapturePages } from '../surfaces/demo/registerCapturePages';

/** `serve`: runs the service until SIGTERM/SIGINT, then shuts down gracefully. */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const app = await createApp({ config });
  await app.http.listen({ port: config.port, host: config.host });
  app.jobs.expiry.start();
  app.jobs.webhooks.start();
  app.jobs.messages.start();
  app.jobs.ldapSync.start();
  app.jobs.retention.start();
  for (const job of app.jobs.proofJobs) job.start();
  if (config.demo) {
    const { credentials } = await bootstrapDemo(app.deps, { dataDir: config.dataDir });
    process.stdout.write(
      demoInstructions(config.publicUrl, credentials, { capturePages: servesCapturePages(config) }) + '\n',
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.http.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.http.log.error({ err: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
