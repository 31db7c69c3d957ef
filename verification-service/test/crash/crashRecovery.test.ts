import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  TrustCheckEvent,
  type WebhookDelivery,
  type WebhookEndpointWithSecret,
} from '@helpdesk-verify/core-client/schemas';
import { createClient, type HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import { createLocalOutbox } from '../../src/infrastructure/messaging/capture/createLocalOutbox';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type ReceiverAnswer,
  type WebhookReceiver,
} from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { createTestDatabaseUrl } from '@helpdesk-verify/testkit/createTestDatabaseUrl';
import { runCli } from '@helpdesk-verify/testkit/serviceProcess/runCli';
import { startSlowRequest } from './startSlowRequest';
import {
  assertServiceBuilt,
  killAllServiceProcesses,
  startServiceProcess,
  type ServiceProcess,
} from '@helpdesk-verify/testkit/serviceProcess/startServiceProcess';

/** The lease the service runs with here (HV_WEBHOOK_LEASE_SECONDS): a killed claim is free again after it. */
const LEASE_SECONDS = 2;
/** After a success, how long no further attempt may arrive: two and a half dispatcher polls (1 s apart). */
const QUIET_MS = 2500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`'s value, or 'timed out' after `ms` (the timer is cleared either way). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

const webhookIdOf = (request: ReceivedWebhook) => request.headers['webhook-id'] as string;
const sessionIdOf = (request: ReceivedWebhook) => (JSON.parse(request.body) as { session_id?: string }).session_id;

// The issue: "kill -9 of the service between the state change and the delivery: after restart the
// event is delivered, once per endpoint from the receiver's view (same webhook-id)."
describe.each(DATABASE_KINDS)('the service process on %s', (kind) => {
  let dataDir: string;
  let env: Record<string, string>;
  let service: ServiceProcess | undefined;
  let receiver: WebhookReceiver;
  let client: HelpdeskVerifyClient;
  let apiKey: string;
  let linkId: string;
  let endpoint: WebhookEndpointWithSecret;
  /** What the ticketing app wrote on tickets: one note per new webhook-id (it keeps the ids it has seen). */
  const notes: Array<{ webhookId: string; event: TrustCheckEvent }> = [];
  const seen = new Set<string>();

  /**
   * A ticketing app as DESIGN.md describes it: verifies the signature, ignores a replayed
   * webhook-id, writes the note, then answers (after `holdMs`, to play a slow receiver).
   */
  const ticketingApp =
    (holdMs = 0) =>
    (request: ReceivedWebhook): ReceiverAnswer => {
      let event: TrustCheckEvent;
      try {
        event = TrustCheckEvent.parse(
          new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>),
        );
      } catch {
        return { status: 401 };
      }
      const id = webhookIdOf(request);
      if (!seen.has(id)) {
        seen.add(id);
        notes.push({ webhookId: id, event });
      }
      return holdMs > 0 ? { status: 200, hold: holdMs } : { status: 200 };
    };

  const start = async () => {
    service = await startServiceProcess({ env, readyTimeoutMs: 45_000 });
    return service;
  };
  /** Each test starts from a running service, even when the one before failed halfway. */
  const ensureRunning = async () => {
    if (!service || service.hasExited()) await start();
  };

  beforeAll(async () => {
    assertServiceBuilt();
    dataDir = mkdtempSync(join(tmpdir(), `hv-crash-${kind}-`));
    const port = await freePort();
    env = {
      PORT: String(port),
      HV_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HV_DATA_DIR: dataDir,
      HV_SECRET_KEY: randomBytes(32).toString('base64'),
      HV_ALLOW_PRIVATE_WEBHOOK_TARGETS: 'true',
      HV_WEBHOOK_LEASE_SECONDS: String(LEASE_SECONDS),
      LOG_LEVEL: 'warn',
      ...(kind === 'postgres' ? { DATABASE_URL: await createTestDatabaseUrl() } : {}),
    };
    const printed = await runCli(['bootstrap', '--name', 'Crash Test'], env);
    apiKey = /admin API key \(shown once\): (\S+)/.exec(printed)?.[1] ?? '';
    linkId = /default Link: (\S+)/.exec(printed)?.[1] ?? '';
    if (!apiKey || !linkId) throw new Error(`unexpected bootstrap output:\n${printed}`);
    receiver = await startWebhookReceiver(() => ({ status: 503 }));
    const running = await start();
    client = createClient({ baseUrl: running.baseUrl, apiKey, retry: { retries: 0 } });
    endpoint = await client.createWebhookEndpoint({
      body: { url: `${receiver.url}/tickets/hook`, description: 'ticketing app' },
    });
    receiver.answerWith(ticketingApp());
    await client.createEmployee({ body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' } });
  }, 90_000);

  afterAll(async () => {
    await killAllServiceProcesses();
    await receiver?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Creates a verification over the API and completes it as the employee; returns right after the last answer. */
  async function completeVerification(ticketId: string): Promise<string> {
    const created = await client.createVerification({
      body: {
        link_id: linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email'],
        ticket: { system: 'zendesk', id: ticketId },
        agent: { name: 'Alex Agent' },
        reason: 'MFA reset',
      },
    });
    const outbox = createLocalOutbox({ dir: join(dataDir, 'outbox') });
    const mail = (await outbox.list()).find((m) => m.channel === 'email' && m.text.includes(created.match_code));
    if (!mail) throw new Error(`no mail for ${created.id} in the outbox`);
    const browser = new EmployeeBrowser(service!.baseUrl);
    expect((await browser.request('POST', `${linkFrom(mail.text)}/start`)).status).toBe(303);
    let page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
    const sms = (await outbox.list()).find((m) => m.channel === 'sms' && m.text.includes(created.match_code));
    if (!sms) throw new Error(`no SMS for ${created.id} in the outbox`);
    page = await browser.request('GET', '/session');
    const checked = await browser.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(page.html),
      code: codeFrom(sms.text),
    });
    expect(checked.status).toBe(303);
    return created.id;
  }

  const attemptsFor = (verificationId: string) => receiver.received.filter((r) => sessionIdOf(r) === verificationId);
  const deliveryOf = async (verificationId: string): Promise<WebhookDelivery | undefined> =>
    (await client.listWebhookDeliveries({ params: { id: endpoint.id }, query: { limit: 100 } })).data.find(
      (d) => d.verification_id === verificationId,
    );

  it('kill -9 while the first attempt is in flight: after restart the same webhook-id is sent again and processed once', async () => {
    await ensureRunning();
    receiver.answerWith(ticketingApp(60_000));
    const verificationId = await completeVerification(`A-${kind}`);
    await waitFor('the first attempt to reach the receiver', () => attemptsFor(verificationId).length === 1, 15_000);
    await service!.kill9();

    receiver.answerWith(ticketingApp());
    await start();
    const delivered = await waitFor('the delivery log to show success', async () => {
      const delivery = await deliveryOf(verificationId);
      return delivery?.status === 'succeeded' ? delivery : undefined;
    });
    await sleep(QUIET_MS);

    const attempts = attemptsFor(verificationId);
    expect(attempts).toHaveLength(2);
    expect(attempts.map(webhookIdOf)).toEqual([delivered.message_id, delivered.message_id]);
    expect(notes.filter((n) => n.event.session_id === verificationId).map((n) => n.webhookId)).toEqual([
      delivered.message_id,
    ]);
    expect(delivered.attempts.at(-1)).toMatchObject({ status_code: 200, error: null });
    expect((await client.getVerification({ params: { id: verificationId } })).status).toBe('passed');
  }, 60_000);

  it('kill -9 right after the state change, before the dispatcher ran: after restart the event is delivered once', async () => {
    await ensureRunning();
    receiver.answerWith(ticketingApp());
    const verificationId = await completeVerification(`B-${kind}`);
    await service!.kill9(); // within milliseconds of the commit; the dispatcher polls once a second
    const sentBeforeKill = attemptsFor(verificationId).length;

    await start();
    expect((await client.getVerification({ params: { id: verificationId } })).status).toBe('passed');
    const delivered = await waitFor('the delivery log to show success', async () => {
      const delivery = await deliveryOf(verificationId);
      return delivery?.status === 'succeeded' ? delivery : undefined;
    });
    await sleep(QUIET_MS);

    const attempts = attemptsFor(verificationId);
    expect(new Set(attempts.map(webhookIdOf))).toEqual(new Set([delivered.message_id]));
    expect(attempts.length - sentBeforeKill).toBeLessThanOrEqual(1);
    for (const attempt of attempts) {
      // Independent of our code: the standardwebhooks package with the endpoint's secret.
      const event = TrustCheckEvent.parse(
        new Webhook(endpoint.secret).verify(attempt.body, attempt.headers as Record<string, string>),
      );
      expect(event).toMatchObject({
        event_type: 'trust_check.completed',
        session_id: verificationId,
        ticket: { system: 'zendesk', id: `B-${kind}` },
      });
    }
    expect(notes.filter((n) => n.event.session_id === verificationId)).toHaveLength(1);
  }, 60_000);

  it('SIGTERM with a request in flight: the request completes and the process exits 0', async () => {
    await ensureRunning();
    const running = service!;
    // Like a load balancer: keeps its connection open for the next request until the server closes it.
    const agent = new Agent({ keepAlive: true });
    try {
      const slow = startSlowRequest({
        url: `${running.baseUrl}/v1/employees`,
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'late@acme.example', display_name: 'Late Arrival' }),
        agent,
      });
      await sleep(300); // the service has the request head; the body is still coming

      running.terminate();
      await sleep(500);
      expect(running.hasExited()).toBe(false); // it waits for the request in flight
      const probe = await fetch(`${running.baseUrl}/readyz`).then(
        (r) => r.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(probe); // and takes no new work

      const response = await slow.finish();
      expect(response.status).toBe(201);
      expect(JSON.parse(response.body)).toMatchObject({ email: 'late@acme.example' });
      expect(await within(running.exited, 10_000)).toEqual({ code: 0, signal: null });
    } finally {
      agent.destroy();
    }
  }, 30_000);
});
