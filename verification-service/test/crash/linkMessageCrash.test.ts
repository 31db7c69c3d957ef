import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startTestSmtpServer, type TestSmtpServer } from '@helpdesk-verify/testkit/mail/startTestSmtpServer';
import type { Verification } from '@helpdesk-verify/core-client/schemas';
import { createClient, type HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { createTestDatabaseUrl } from '@helpdesk-verify/testkit/createTestDatabaseUrl';
import { runCli } from '@helpdesk-verify/testkit/serviceProcess/runCli';
import {
  assertServiceBuilt,
  killAllServiceProcesses,
  startServiceProcess,
  type ServiceProcess,
} from '@helpdesk-verify/testkit/serviceProcess/startServiceProcess';

/** The message lease the service runs with here (HV_MESSAGE_LEASE_SECONDS): a killed claim is free again after it. */
const LEASE_SECONDS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

// Issue 12: "The link is sent after the create transaction commits, outside the outbox; if the process
// dies in between, the retry with the same Idempotency-Key answers 201 with `deliveries: []` and
// nothing is ever sent."
describe.each(DATABASE_KINDS)('a link email across kill -9 on %s', (kind) => {
  let dataDir: string;
  let env: Record<string, string>;
  let smtp: TestSmtpServer;
  let service: ServiceProcess;
  let client: HelpdeskVerifyClient;
  let linkId: string;

  beforeAll(async () => {
    assertServiceBuilt();
    smtp = await startTestSmtpServer();
    dataDir = mkdtempSync(join(tmpdir(), `hv-crash-mail-${kind}-`));
    const port = await freePort();
    env = {
      PORT: String(port),
      HV_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HV_DATA_DIR: dataDir,
      HV_SECRET_KEY: randomBytes(32).toString('base64'),
      HV_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      HV_MESSAGE_LEASE_SECONDS: String(LEASE_SECONDS),
      LOG_LEVEL: 'warn',
      ...(kind === 'postgres' ? { DATABASE_URL: await createTestDatabaseUrl() } : {}),
    };
    const printed = await runCli(['bootstrap', '--name', 'Crash Mail'], env);
    const apiKey = /admin API key \(shown once\): (\S+)/.exec(printed)?.[1] ?? '';
    linkId = /default Link: (\S+)/.exec(printed)?.[1] ?? '';
    if (!apiKey || !linkId) throw new Error(`unexpected bootstrap output:\n${printed}`);
    service = await startServiceProcess({ env, readyTimeoutMs: 45_000 });
    client = createClient({ baseUrl: service.baseUrl, apiKey, retry: { retries: 0 } });
    await client.createEmployee({ body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' } });
  }, 120_000);

  afterAll(async () => {
    await killAllServiceProcesses();
    await smtp?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('is sent exactly once after a kill -9 between the commit and the send, and the retried request shows it', async () => {
    const request = {
      body: {
        link_id: linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email' as const],
        ticket: { system: 'zendesk' as const, id: `CRASH-${kind}` },
        agent: { name: 'Alex Agent' },
      },
      idempotencyKey: `crash-mail-${kind}`,
    };
    smtp.state.hold = true;
    const first = client.createVerification(request).then(
      () => 'answered',
      () => 'cut off',
    );
    // The service is connected to the SMTP server: the verification and its message are committed.
    await waitFor('the service to connect to the SMTP server', () => smtp.state.connections === 1);
    await service.kill9();
    expect(await first).toBe('cut off');
    expect(smtp.received).toHaveLength(0);

    smtp.state.hold = false;
    service = await startServiceProcess({ env, readyTimeoutMs: 45_000 });
    // The retry finds the verification and its queued message (never `deliveries: []`).
    const retried: Verification = await client.createVerification(request);
    expect(retried.deliveries).toEqual([
      expect.objectContaining({
        channel: 'email',
        destination: 'd•••@acme.example',
        status: expect.stringMatching(/^(queued|sent)$/),
      }),
    ]);

    const sent = await waitFor('the delivery log to say sent', async () => {
      const v = await client.getVerification({ params: { id: retried.id } });
      return v.deliveries[0]?.status === 'sent' ? v : undefined;
    });
    // Sent is final: the outbox never claims it again, so what the SMTP server holds now is all there will be.
    expect(smtp.received.filter((raw) => raw.includes('dana@acme.example'))).toHaveLength(1);
    expect(sent.deliveries).toHaveLength(1);
    expect(sent.deliveries[0]?.attempts?.at(-1)).toMatchObject({ error: null });
    expect(sent.timeline.filter((e) => e.status === 'pending')).toHaveLength(1);
  }, 120_000);
});
