import { serve } from './composition/serve';

// The service's entry point (`node dist/main.js`); the CLI's `serve` command runs the same.
serve().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
