import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { loadConnectorConfig } from '../src/connector/loadConnectorConfig';
import { startConnector, type RunningConnector } from '../src/connector/startConnector';
import { memorySeenWebhookStore } from '../src/webhook/memorySeenWebhookStore';
import { buildApp, type BuiltApp } from './buildApp';
import { completeVerification, startVerification } from './completeVerification';
import { signZendeskWebhook } from './fakeZendesk/signZendeskWebhook';
import { startFakeZendeskApi, type FakeZendeskApi } from './startFakeZendeskApi';

const DANA = { id: 9001, name: 'Dana Scully', email: 'dana@acme.example' };
const EVE = { id: 9002, name: 'Eve Doe', email: 'eve@acme.example' };

/**
 * The server-side solve guard end to end: the built package's requirements.json installed in the
 * local Zendesk (webhook + trigger), an agent solving tickets there, Zendesk's signed webhook
 * request to the connector, the real verification service answering which verifications the
 * ticket has, and the ticket reopened with an internal note when the gate rule refuses.
 */
describe('the solve guard: Zendesk trigger -> connector -> service -> reopen', () => {
  let service: TestService;
  let built: BuiltApp;
  let zendesk: FakeZendeskApi;
  let connector: RunningConnector;
  let signingSecret: string;
  let guardWebhook: { endpoint: string };

  beforeAll(async () => {
    const port = await freePort();
    [service, built, zendesk] = await Promise.all([
      startTestService('pglite'),
      buildApp({ serviceDomain: '127.0.0.1', connectorUrl: `http://127.0.0.1:${port}`, gateTag: 'mfa_reset' }),
      startFakeZendeskApi({
        email: 'bot@acme.example',
        oauthToken: 'zd-oauth-1',
        users: [DANA, EVE],
        tickets: [501, 502, 503, 504, 505, 506]
          .map((id) => ({ id, tags: ['mfa_reset'], requesterId: DANA.id }))
          .concat([{ id: 507, tags: ['vip'], requesterId: DANA.id }]),
      }),
    ]);
    await service.org.client.createEmployee({
      body: { email: DANA.email, display_name: DANA.name, phone: '+15555550100' },
    });
    await service.org.client.createEmployee({
      body: { email: EVE.email, display_name: EVE.name, phone: '+15555550101' },
    });
    const readKey = await service.org.client.createApiKey({
      body: { name: 'zendesk guard', scopes: ['verifications:read'] },
    });
    // Installing the app: Zendesk creates the webhook (and its signing secret) and the trigger.
    const webhooks = zendesk.install(JSON.parse(readFileSync(join(built.appDir, 'requirements.json'), 'utf8')));
    guardWebhook = webhooks.get('helpdesk_verify_solve_guard')!;
    signingSecret = webhooks.get('helpdesk_verify_solve_guard')!.signingSecret;
    connector = await startConnector(
      loadConnectorConfig({
        HV_CONNECTOR_PORT: String(port),
        HV_WEBHOOK_SECRET: (
          await service.org.client.createWebhookEndpoint({
            body: { url: `http://127.0.0.1:${port}/webhooks/helpdesk-verify`, description: 'Zendesk connector' },
          })
        ).secret,
        ZENDESK_BASE_URL: zendesk.url,
        ZENDESK_OAUTH_TOKEN: 'zd-oauth-1',
        ZENDESK_WEBHOOK_SIGNING_SECRET: signingSecret,
        HV_SERVICE_URL: service.baseUrl,
        HV_API_KEY: readKey.key,
        HV_GATE_TAG: 'mfa_reset',
        HV_GATE_MAX_AGE_MINUTES: '60',
      }),
      { seen: memorySeenWebhookStore() },
    );
  }, 120_000);
  afterAll(async () => {
    await connector?.close();
    await zendesk?.close();
    await service?.close();
    if (built) rmSync(built.out, { recursive: true, force: true });
  });

  const solve = async (ticketId: number) => {
    const sent = zendesk.deliveries.length;
    zendesk.agentUpdate(ticketId, { status: 'solved' });
    await zendesk.settle();
    return zendesk.deliveries.slice(sent);
  };
  const notes = (ticketId: number) => zendesk.tickets.get(ticketId)!.comments;

  it('reopens a gated ticket solved without any verification, with an internal note saying why', async () => {
    const deliveries = await solve(501);
    expect(deliveries).toEqual([{ webhook: 'helpdesk_verify_solve_guard', body: '{"ticket_id": "501"}', status: 200 }]);
    const ticket = zendesk.tickets.get(501)!;
    expect(ticket.status).toBe('open');
    expect(notes(501)).toEqual([
      { body: '', public: false, html_body: expect.stringContaining('Helpdesk Verify reopened this ticket') },
    ]);
    expect(notes(501)[0]!.html_body).toContain('No identity verification of the requester was done on this ticket');
  });

  it('reopens with a safe update: when another update collides (409) it reads the ticket again and retries', async () => {
    zendesk.collideNext(501);
    await solve(501);
    expect(zendesk.tickets.get(501)!.status).toBe('open');
    expect(notes(501)).toHaveLength(2);
    expect(zendesk.refused).toEqual([
      expect.objectContaining({ method: 'PUT', path: '/api/v2/tickets/501.json', status: 409 }),
    ]);
    zendesk.refused.length = 0;
  });

  it('leaves a ticket solved when the latest verification of its requester passed', async () => {
    const verification = await startVerification(service, { email: DANA.email, ticketId: 502 });
    await completeVerification(service, verification.match_code);
    expect((await service.org.client.getVerification({ params: { id: verification.id } })).status).toBe('passed');
    const [delivery] = await solve(502);
    expect(delivery!.status).toBe(200);
    expect(zendesk.tickets.get(502)!.status).toBe('solved');
    expect(notes(502)).toEqual([]);
  });

  it('issue 11: reopens when a later verification of the requester has not passed, although an earlier one did', async () => {
    const first = await startVerification(service, { email: DANA.email, ticketId: 503 });
    await completeVerification(service, first.match_code);
    service.clock.advance(1000);
    await startVerification(service, { email: DANA.email, ticketId: 503 }); // still pending
    await solve(503);
    expect(zendesk.tickets.get(503)!.status).toBe('open');
    expect(notes(503)[0]!.html_body).toContain('&quot;pending&quot;, not &quot;passed&quot;');
  });

  it('issue 11: reopens when the pass was for someone who is not the requester', async () => {
    const other = await startVerification(service, { email: EVE.email, ticketId: 504 });
    await completeVerification(service, other.match_code);
    await solve(504);
    expect(zendesk.tickets.get(504)!.status).toBe('open');
  });

  it('reopens when the pass is older than the freshness window (HV_GATE_MAX_AGE_MINUTES)', async () => {
    // The verification passed two hours ago (the service's clock), the ticket is solved now.
    service.clock.set(new Date(Date.now() - 2 * 60 * 60_000));
    try {
      const verification = await startVerification(service, { email: DANA.email, ticketId: 505 });
      await completeVerification(service, verification.match_code);
    } finally {
      service.clock.set(new Date());
    }
    await solve(505);
    expect(zendesk.tickets.get(505)!.status).toBe('open');
    expect(notes(505)[0]!.html_body).toContain('more than 60 minutes ago');
  });

  it('does not fire for tickets without the gate tag', async () => {
    expect(await solve(507)).toEqual([]);
    expect(zendesk.tickets.get(507)!.status).toBe('solved');
  });

  it('refuses requests that are not signed by the Zendesk webhook, and changes nothing', async () => {
    const body = '{"ticket_id": "506"}';
    const post = (headers: Record<string, string>) =>
      fetch(connector.guardUrl!, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const forged = await post({
      'X-Zendesk-Webhook-Signature': signZendeskWebhook({ secret: 'not-the-secret', timestamp, body }),
      'X-Zendesk-Webhook-Signature-Timestamp': timestamp,
    });
    expect([forged.status, ((await forged.json()) as { result: string }).result]).toEqual([
      401,
      'no_matching_signature',
    ]);
    const old = new Date(Date.now() - 10 * 60_000).toISOString();
    const stale = await post({
      'X-Zendesk-Webhook-Signature': signZendeskWebhook({ secret: signingSecret, timestamp: old, body }),
      'X-Zendesk-Webhook-Signature-Timestamp': old,
    });
    expect(stale.status).toBe(401);
    expect((await post({})).status).toBe(400);
    expect(zendesk.tickets.get(506)!.status).toBe('open');
    expect(notes(506)).toEqual([]);
  });

  it('fails closed: reopens with a note when the service cannot be asked', async () => {
    // A second connector whose API key the service refuses; the admin points the webhook at it.
    const broken = await startConnector(
      loadConnectorConfig({
        HV_CONNECTOR_PORT: '0',
        HV_WEBHOOK_SECRET: 'whsec_' + Buffer.from('unused secret for this test case').toString('base64'),
        ZENDESK_BASE_URL: zendesk.url,
        ZENDESK_OAUTH_TOKEN: 'zd-oauth-1',
        ZENDESK_WEBHOOK_SIGNING_SECRET: signingSecret,
        HV_SERVICE_URL: service.baseUrl,
        HV_API_KEY: 'hv_revoked_or_wrong_key',
        HV_GATE_TAG: 'mfa_reset',
      }),
      { seen: memorySeenWebhookStore() },
    );
    guardWebhook.endpoint = broken.guardUrl!;
    try {
      expect(await solve(506)).toEqual([expect.objectContaining({ status: 200 })]);
    } finally {
      await broken.close();
    }
    expect(zendesk.tickets.get(506)!.status).toBe('open');
    expect(notes(506)[0]!.html_body).toContain('could not be asked');
  });
});
