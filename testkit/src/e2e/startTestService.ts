import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createClient, type HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import {
  bootstrapOrganization,
  createApp,
  loadConfig,
  manualClock,
  proofCapabilities,
  type App,
} from '@helpdesk-verify/verification-service';
import { defaultTemplates } from '@helpdesk-verify/core-client/templates';
import { openTestDatabase, type DatabaseKind } from '../databases';
import { freePort } from '../freePort';

export interface TestService {
  app: App;
  baseUrl: string;
  clock: ReturnType<typeof manualClock>;
  /** An organisation made with the bootstrap: admin key, default templates, the default Link. */
  org: { id: string; apiKey: string; linkId: string; client: HelpdeskVerifyClient };
  /** Another organisation, to prove isolation. */
  otherOrg: { id: string; apiKey: string; linkId: string; client: HelpdeskVerifyClient };
  close(): Promise<void>;
}

/**
 * The whole service on real HTTP (127.0.0.1, a free port) over a fresh database of `kind`, with a
 * manual clock, local mail/SMS capture in a temp directory and private webhook targets allowed.
 * Background jobs are not started: tests run them with `app.jobs.*.runOnce()`.
 * `publicHost: 'localhost'` puts the public URL (links, WebAuthn origin) on http://localhost:<port>,
 * a secure context for WebAuthn; the API client still uses 127.0.0.1.
 */
export async function startTestService(
  kind: DatabaseKind,
  options: { env?: Record<string, string>; publicHost?: 'localhost' } = {},
): Promise<TestService> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'hv-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    PORT: String(port),
    HV_PUBLIC_URL: `http://${options.publicHost ?? '127.0.0.1'}:${port}`,
    HV_DATA_DIR: dataDir,
    HV_SECRET_KEY: randomBytes(32).toString('base64'),
    HV_ALLOW_PRIVATE_WEBHOOK_TARGETS: 'true',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const clock = manualClock(new Date());
  const app = await createApp({ config, clock, db: await openTestDatabase(kind), logger: false });
  await app.http.listen({ port, host: '127.0.0.1' });
  const makeOrg = async (name: string) => {
    const made = await bootstrapOrganization(app.deps, {
      name,
      adminKeyName: 'e2e',
      defaults: defaultTemplates,
      proofCapabilities: proofCapabilities(app.deps.proofs),
    });
    return {
      id: made.organization.id,
      apiKey: made.apiKey.key,
      linkId: made.link.id,
      client: createClient({ baseUrl, apiKey: made.apiKey.key, retry: { retries: 0 } }),
    };
  };
  const org = await makeOrg('Acme');
  const otherOrg = await makeOrg('Other Corp');
  return {
    app,
    baseUrl,
    clock,
    org,
    otherOrg,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
