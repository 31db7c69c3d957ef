import { runWebhookConformance } from '@helpdesk-verify/core-client/conformance';
import { generateWebhookSecret } from '@helpdesk-verify/core-client/node';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { loadConnectorConfig } from '../src/connector/loadConnectorConfig';
import { startConnector, type RunningConnector } from '../src/connector/startConnector';
import { memorySeenWebhookStore } from '../src/webhook/memorySeenWebhookStore';
import { startFakeZendeskApi, type FakeZendeskApi } from './startFakeZendeskApi';

/** The kit's shared receiver cases, through the connector's real HTTP entry point and the local Zendesk: the same answers as every app. */
describe('the Zendesk connector passes the webhook conformance suite', () => {
  const secret = generateWebhookSecret();
  const now = new Date('2026-01-15T09:00:05.000Z');
  let zendesk: FakeZendeskApi;
  let connector: RunningConnector;

  beforeAll(async () => {
    zendesk = await startFakeZendeskApi({ email: 'bot@acme.example', apiToken: 'zd-token-1', tickets: [4250] });
    connector = await startConnector(
      loadConnectorConfig({
        HV_CONNECTOR_PORT: '0',
        HV_WEBHOOK_SECRET: secret,
        ZENDESK_BASE_URL: zendesk.url,
        ZENDESK_EMAIL: 'bot@acme.example',
        ZENDESK_API_TOKEN: 'zd-token-1',
      }),
      { seen: memorySeenWebhookStore(), now: () => now },
    );
  });
  afterAll(async () => {
    await connector?.close();
    await zendesk?.close();
  });

  it('gives every case the answer of the shared status table', async () => {
    const event = {
      ...sampleTrustCheckEvent('trust_check.completed', now),
      ticket: { system: 'zendesk' as const, id: '4250', url: null },
    };
    const reports = await runWebhookConformance(
      {
        async deliver(request) {
          const response = await fetch(connector.url, {
            method: request.method,
            headers: request.headers as Record<string, string>,
            ...(request.method === 'GET' ? {} : { body: request.body }),
          });
          return { status: response.status, result: ((await response.json()) as { result: string }).result };
        },
        // The local Zendesk answers the next call 503, as Zendesk does in an outage.
        failNextApply: () => zendesk.failNext(503),
        writes: async () => zendesk.tickets.get(4250)!.comments.length,
      },
      { secret, now, event },
    );
    for (const report of reports)
      expect({ name: report.name, ...report.actual }).toEqual({ name: report.name, ...report.expected });
    expect(zendesk.tickets.get(4250)!.tags).toEqual(['identity_verified']);
  });
});
