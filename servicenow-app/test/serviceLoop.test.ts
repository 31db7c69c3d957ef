import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { createClient, type HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import { signWebhook } from '@helpdesk-verify/core-client/webhooks';
import { formatVerificationResult } from '@helpdesk-verify/core-client/format';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import {
  assertServiceBuilt,
  killAllServiceProcesses,
  startServiceProcess,
  type ServiceProcess,
} from '@helpdesk-verify/testkit/serviceProcess/startServiceProcess';
import { runCli } from '@helpdesk-verify/testkit/serviceProcess/runCli';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { receiveWebhookSync } from '@helpdesk-verify/core-client/receiver';
import { createWebhookHost } from '../src/server/webhook/createWebhookHost';
import { restMessageTransport } from '../src/server/verify/restMessageTransport';
import { startVerification } from '../src/server/verify/startVerification';
import type { VerificationInput } from '../src/server/verify/createVerificationRequest';
import { memoryPorts } from './memoryPorts';
import { sentRequests, SyncRestMessage } from './syncRestMessage';

/**
 * The app's server logic against the real verification service on loopback: the outbound call goes
 * through the RESTMessageV2 transport (a double whose execute() really sends, synchronously), and the
 * webhook the service signs is checked by the app's handler with the HMAC standing in for
 * CertificateEncryption.generateMac (same shape: base64 key, base64 MAC).
 */
describe('the ServiceNow app logic against the real service', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let service: ServiceProcess;
  let receiver: WebhookReceiver;
  let client: HelpdeskVerifyClient;
  let apiKey: string;
  let linkId: string;
  let secret: string;

  beforeAll(async () => {
    assertServiceBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'hv-servicenow-'));
    const port = await freePort();
    env = {
      PORT: String(port),
      HV_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HV_DATA_DIR: dataDir,
      HV_SECRET_KEY: randomBytes(32).toString('base64'),
      HV_ALLOW_PRIVATE_WEBHOOK_TARGETS: 'true',
      LOG_LEVEL: 'warn',
    };
    const printed = await runCli(['bootstrap', '--name', 'Acme'], env);
    apiKey = /admin API key \(shown once\): (\S+)/.exec(printed)?.[1] ?? '';
    linkId = /default Link: (\S+)/.exec(printed)?.[1] ?? '';
    if (!apiKey || !linkId) throw new Error(`unexpected bootstrap output:\n${printed}`);
    receiver = await startWebhookReceiver();
    service = await startServiceProcess({ env });
    client = createClient({ baseUrl: service.baseUrl, apiKey, retry: { retries: 0 } });
    secret = (
      await client.createWebhookEndpoint({
        body: { url: `${receiver.url}/api/x_hdv_verify/helpdesk_verify/webhook`, description: 'ServiceNow' },
      })
    ).secret;
    await client.createEmployee({ body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' } });
  }, 90_000);

  afterAll(async () => {
    await killAllServiceProcesses();
    await receiver?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const transport = () => restMessageTransport(() => new SyncRestMessage());
  const input = (overrides: Partial<VerificationInput> = {}): VerificationInput & { employeeSysId: string } => ({
    settings: { serviceUrl: service.baseUrl, apiKey, timeoutMs: 10_000 },
    task: { table: 'incident', sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', number: 'INC0010001' },
    taskUrl: 'https://acme.service-now.com/incident.do?sys_id=a1b2c3d4e5f60718293a4b5c6d7e8f90',
    caller: { email: 'dana@acme.example', phone: '(555) 555-0100' },
    agent: { name: 'Alex Agent', email: 'alex@acme.example', sysId: '0123456789abcdef0123456789abcdef' },
    employeeSysId: 'fedcba9876543210fedcba9876543210',
    linkId,
    channels: ['email'],
    reason: 'MFA reset',
    idempotencyKey: `click-${randomBytes(6).toString('hex')}`,
    ...overrides,
  });

  const waitForWebhook = async (verificationId: string): Promise<ReceivedWebhook> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = receiver.received.find(
        (r) => (JSON.parse(r.body) as { session_id?: string }).session_id === verificationId,
      );
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no webhook for ${verificationId}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  /** Completes the newest verification as the employee: link from the captured mail, code from the captured SMS (`helpdesk-verify outbox`). */
  const completeNewestAsEmployee = async () => {
    const outbox = async () => (await runCli(['outbox', '--limit', '20'], env)).split(/\n(?=\S)/);
    const mail = (await outbox()).filter((entry) => /\/v\/[0-9A-Za-z]{43}/.test(entry)).at(-1);
    if (!mail) throw new Error('no mail with a link in the outbox');
    const browser = new EmployeeBrowser(service.baseUrl);
    expect((await browser.request('POST', `${linkFrom(mail)}/start`)).status).toBe(303);
    let page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
    const sms = (await outbox()).filter((entry) => /sms/i.test(entry) && /\b\d{6}\b/.test(entry)).at(-1);
    if (!sms) throw new Error('no SMS with a code in the outbox');
    page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(page.html),
      code: codeFrom(sms),
    });
    page = await browser.request('GET', '/session');
    expect(page.html).toContain('You are verified');
  };

  it('Verify identity creates the verification over RESTMessageV2, records it and notes it; the signed result is written back once', async () => {
    const ports = memoryPorts();
    const clicked = input();
    const started = startVerification(clicked, {
      transport: transport(),
      records: ports.records,
      notes: ports.notes$,
      now: () => '2026-01-15T09:00:00.000Z',
    });
    if (!started.ok) throw new Error(started.message + service.output());

    // The request really reached the service, with the key, the Idempotency-Key and the task.
    const sent = sentRequests.at(-1)!;
    expect(sent).toMatchObject({ method: 'POST', url: `${service.baseUrl}/v1/verifications` });
    expect(sent.headers).toMatchObject({
      Authorization: `Bearer ${apiKey}`,
      'Idempotency-Key': clicked.idempotencyKey,
    });
    const onService = await client.getVerification({ params: { id: started.verification.id } });
    expect(onService).toMatchObject({
      status: 'pending',
      ticket: { system: 'servicenow', id: 'INC0010001', url: clicked.taskUrl },
      agent: { name: 'Alex Agent' },
      metadata: { ticket_table: 'incident' },
    });

    expect(ports.rows.get(started.verification.id)).toMatchObject({
      task: clicked.task,
      employeeSysId: clicked.employeeSysId,
      agentSysId: clicked.agent.sysId,
      linkId,
      status: 'pending',
      matchCode: onService.match_code,
      requestedAt: '2026-01-15T09:00:00.000Z',
    });
    expect(ports.notes).toEqual([
      {
        table: 'incident',
        sysId: clicked.task.sysId,
        text: expect.stringContaining('[SENT] Identity verification sent to Dana'),
      },
    ]);
    expect(ports.notes[0]!.text).toContain(`Match code: ${onService.match_code}`);

    // A double click (same Idempotency-Key) is the same verification: one row, one note.
    const again = startVerification(clicked, {
      transport: transport(),
      records: ports.records,
      notes: ports.notes$,
      now: () => '2026-01-15T09:00:01.000Z',
    });
    expect(again.ok && again.verification.id).toBe(started.verification.id);
    expect(ports.rows.size).toBe(1);
    expect(ports.notes).toHaveLength(1);

    await completeNewestAsEmployee();
    const delivered = await waitForWebhook(started.verification.id);
    const webhook = { headers: delivered.headers as Record<string, string>, body: delivered.body };
    const process = (
      request: { headers: Record<string, string>; body: string },
      now = new Date(),
      secrets = [secret],
    ) =>
      receiveWebhookSync(
        createWebhookHost({
          secrets: () => secrets,
          now: () => now,
          hmac: nodeHmacSha256,
          receipts: ports.receipts,
          records: ports.records,
          notes: ports.notes$,
        }),
        { method: 'POST', ...request },
      );

    // Forged: re-signed with another secret. Stale: signed correctly, but more than five minutes old.
    const before = ports.snapshot();
    const webhookId = webhook.headers['webhook-id']!;
    const timestamp = Number(webhook.headers['webhook-timestamp']);
    const otherSecret = `whsec_${randomBytes(24).toString('base64')}`;
    const forged = {
      headers: {
        ...webhook.headers,
        'webhook-signature': signWebhook(
          { secret: otherSecret, id: webhookId, timestamp, body: webhook.body },
          nodeHmacSha256,
        ),
      },
      body: webhook.body,
    };
    expect(process(forged)).toEqual({ status: 401, body: { result: 'no_matching_signature' } });
    expect(process(webhook, new Date(Date.now()), [otherSecret])).toMatchObject({ status: 401 });
    const old = Math.floor(Date.now() / 1000) - 301;
    const stale = {
      headers: {
        ...webhook.headers,
        'webhook-timestamp': String(old),
        'webhook-signature': signWebhook({ secret, id: webhookId, timestamp: old, body: webhook.body }, nodeHmacSha256),
      },
      body: webhook.body,
    };
    expect(process(stale)).toEqual({ status: 401, body: { result: 'timestamp_too_old' } });
    expect(process(webhook, new Date((timestamp + 301) * 1000))).toEqual({
      status: 401,
      body: { result: 'timestamp_too_old' },
    });
    expect(ports.snapshot()).toBe(before);

    // The real one, as the service signed it, is accepted and written back.
    const accepted = process(webhook);
    const event = TrustCheckEvent.parse(JSON.parse(webhook.body));
    expect(accepted).toEqual({
      status: 200,
      body: { result: 'applied', detail: 'Written to INC0010001', verification_id: started.verification.id },
    });
    expect(ports.notes.at(-1)!.text).toBe(formatVerificationResult(event).plainText);
    expect(ports.rows.get(started.verification.id)).toMatchObject({
      status: 'passed',
      riskScore: event.risk.score,
      completedAt: event.timestamp,
    });
    expect(ports.notes.at(-1)).toEqual({
      table: 'incident',
      sysId: clicked.task.sysId,
      text: expect.stringContaining('[PASSED] Identity verified: Dana (dana@acme.example)'),
    });

    // Replayed: the same webhook-id again (even freshly re-signed) changes nothing.
    const afterAccept = ports.snapshot();
    const now = Math.floor(Date.now() / 1000);
    const replay = {
      headers: {
        ...webhook.headers,
        'webhook-timestamp': String(now),
        'webhook-signature': signWebhook({ secret, id: webhookId, timestamp: now, body: webhook.body }, nodeHmacSha256),
      },
      body: webhook.body,
    };
    expect(process(webhook)).toMatchObject({ status: 200, body: { result: 'duplicate' } });
    expect(process(replay)).toMatchObject({ status: 200, body: { result: 'duplicate' } });
    expect(ports.snapshot()).toBe(afterAccept);
  }, 60_000);

  it('shows the service refusal as a clear message and records nothing', () => {
    const ports = memoryPorts();
    const unknown = startVerification(input({ caller: { email: 'nobody@acme.example', phone: null } }), {
      transport: transport(),
      records: ports.records,
      notes: ports.notes$,
      now: () => '2026-01-15T09:00:00.000Z',
    });
    expect(unknown).toEqual({
      ok: false,
      message: expect.stringMatching(/^The verification service refused the request \(422 .*\): .+/),
    });
    const badKey = startVerification(
      input({ settings: { serviceUrl: service.baseUrl, apiKey: 'hv_wrong', timeoutMs: 10_000 } }),
      { transport: transport(), records: ports.records, notes: ports.notes$, now: () => '' },
    );
    expect(badKey).toEqual({ ok: false, message: expect.stringContaining("refused the app's API key (401)") });
    expect(ports.rows.size).toBe(0);
    expect(ports.notes).toEqual([]);
  });

  it('says so when the service cannot be reached', async () => {
    const ports = memoryPorts();
    const closedPort = await freePort();
    const result = startVerification(
      input({ settings: { serviceUrl: `http://127.0.0.1:${closedPort}`, apiKey, timeoutMs: 5000 } }),
      { transport: transport(), records: ports.records, notes: ports.notes$, now: () => '' },
    );
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The verification service could not be reached: No answer from http:\/\/127\.0\.0\.1/,
      ),
    });
    expect(ports.rows.size).toBe(0);
  });
});
