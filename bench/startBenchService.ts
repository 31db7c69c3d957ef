import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createClient, type HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import {
  createApp,
  type App,
  loadConfig,
  bootstrapOrganization,
  proofCapabilities,
} from '@helpdesk-verify/verification-service';
import { defaultTemplates } from '@helpdesk-verify/core-client/templates';
import { createScratchDatabase } from './createScratchDatabase';
import { freePort } from './freePort';

/** The built service, running as `serve` runs it, with one bootstrapped organisation and its directory. */
export interface BenchService {
  app: App;
  driver: 'pglite' | 'postgres';
  baseUrl: string;
  apiKey: string;
  /** The organisation's default Link (email possession + phone code, sent by email or SMS). */
  linkId: string;
  client: HelpdeskVerifyClient;
  /** Work emails of the employees, in the order they were imported. */
  employeeEmails: string[];
  close(): Promise<void>;
}

/**
 * Starts the compiled service in this process on 127.0.0.1: `createApp` on PGlite in a temp
 * directory (or on a scratch database of the PostgreSQL server at `postgresUrl`), mail and SMS
 * captured to the local outbox, request logging off, both background jobs running. Then bootstraps
 * an organisation and imports `employees` employees with a work mobile each.
 */
export async function startBenchService(options: {
  employees: number;
  postgresUrl?: string | null;
  webhookIntervalMs?: number;
}): Promise<BenchService> {
  const scratch = options.postgresUrl ? await createScratchDatabase(options.postgresUrl) : null;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'hv-bench-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    HV_PUBLIC_URL: baseUrl,
    HV_DATA_DIR: dataDir,
    HV_SECRET_KEY: randomBytes(32).toString('base64'),
    HV_ALLOW_PRIVATE_WEBHOOK_TARGETS: 'true',
    LOG_LEVEL: 'silent',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  });
  const app = await createApp({
    config,
    logger: false,
    ...(options.webhookIntervalMs ? { webhookIntervalMs: options.webhookIntervalMs } : {}),
  });
  await app.http.listen({ port, host: '127.0.0.1' });
  app.jobs.expiry.start();
  app.jobs.webhooks.start();

  const made = await bootstrapOrganization(app.deps, {
    name: 'Bench Corp',
    adminKeyName: 'bench',
    defaults: defaultTemplates,
    proofCapabilities: proofCapabilities(app.deps.proofs),
  });
  const client = createClient({ baseUrl, apiKey: made.apiKey.key, retry: { retries: 0 } });
  const employees = Array.from({ length: options.employees }, (_, i) => ({
    email: `employee${i}@bench.example`,
    display_name: `Employee ${i}`,
    phone: `+1555${String(i).padStart(7, '0')}`,
  }));
  const imported = await client.importEmployees({ body: { employees } });
  if (imported.created !== employees.length)
    throw new Error(
      `imported ${imported.created} of ${employees.length} employees: ${JSON.stringify(imported.rejected.slice(0, 3))}`,
    );

  return {
    app,
    driver: scratch ? 'postgres' : 'pglite',
    baseUrl,
    apiKey: made.apiKey.key,
    linkId: made.link.id,
    client,
    employeeEmails: employees.map((e) => e.email),
    async close() {
      await app.close();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
