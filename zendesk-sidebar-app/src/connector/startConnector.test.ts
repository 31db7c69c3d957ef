import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signWebhook, type TrustCheckEvent } from '@helpdesk-verify/core-client';
import { generateWebhookSecret, nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { sampleTrustCheckEvent } from '../../../verification-service/test/webhooks/sampleTrustCheckEvent';
import { startFakeZendeskApi, type FakeZendeskApi } from '../../test/startFakeZendeskApi';
import { fileSeenWebhookStore } from './fileSeenWebhookStore';
import { loadConnectorConfig } from './loadConnectorConfig';
import { startConnector, type RunningConnector } from './startConnector';
import { ALERT_TAG, FAILED_TAG, VERIFIED_TAG } from './buildTicketUpdate';

const FIELD_ID = 360001234567;

describe('the Zendesk connector over real HTTP', () => {
  const secret = generateWebhookSecret();
  let zendesk: FakeZendeskApi;
  let connector: RunningConnector;
  let dir: string;
  let now = new Date('2026-01-15T09:00:05.000Z');

  const start = async () =>
    startConnector(
      loadConnectorConfig({
        HV_CONNECTOR_PORT: '0',
        HV_WEBHOOK_SECRET: secret,
        ZENDESK_BASE_URL: zendesk.url,
        ZENDESK_EMAIL: 'bot@acme.example',
        ZENDESK_API_TOKEN: 'zd-token-1',
        ZENDESK_STATUS_FIELD_ID: String(FIELD_ID),
        HV_CONNECTOR_SEEN_IDS_FILE: join(dir, 'seen.log'),
      }),
      { now: () => now },
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zd-connector-'));
    zendesk = await startFakeZendeskApi({ email: 'bot@acme.example', apiToken: 'zd-token-1', ticketIds: [4242, 4243, 4244, 4245] });
    connector = await start();
  });
  afterAll(async () => {
    await connector?.close();
    await zendesk?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (input: { id: string; event: TrustCheckEvent; signWith?: string; at?: Date; signature?: string }) => {
    const body = JSON.stringify(input.event);
    const timestamp = Math.floor((input.at ?? now).getTime() / 1000);
    const signature = input.signature ?? signWebhook({ secret: input.signWith ?? secret, id: input.id, timestamp, body }, nodeHmacSha256);
    const response = await fetch(connector.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': input.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature },
      body,
    });
    return { status: response.status, body: (await response.json()) as { result: string; detail?: string } };
  };

  it('writes a private note with the formatted result, the tag and the field', async () => {
    const answer = await post({ id: 'msg_pass_1', event: sampleTrustCheckEvent('trust_check.completed') });
    expect(answer).toEqual({ status: 200, body: { result: 'written' } });
    const ticket = zendesk.tickets.get(4242)!;
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]!.public).toBe(false);
    expect(ticket.comments[0]!.html_body).toContain('<h3>[PASSED] Identity verified: Dana Scully (dana@example.com)</h3>');
    expect(ticket.tags).toEqual([VERIFIED_TAG]);
    expect(ticket.custom_fields).toEqual([{ id: FIELD_ID, value: 'passed' }]);
    expect(zendesk.refused).toEqual([]);
  });

  it('writes a trust_check.alert ("I did not request this") as a private note that leads with the alert, and tags it', async () => {
    const event = { ...sampleTrustCheckEvent('trust_check.alert'), ticket: { system: 'zendesk' as const, id: '4245', url: null } };
    expect(await post({ id: 'msg_alert_1', event })).toEqual({ status: 200, body: { result: 'written' } });
    const ticket = zendesk.tickets.get(4245)!;
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]!.public).toBe(false);
    expect(ticket.comments[0]!.html_body).toContain('<h3>[ALERT] The employee did NOT request this verification: Dana Scully (dana@example.com)</h3>');
    expect(ticket.comments[0]!.html_body).toContain('Alert: The employee says they did not request this verification.');
    expect(ticket.tags).toEqual([FAILED_TAG, ALERT_TAG]);
    expect(ticket.custom_fields).toEqual([{ id: FIELD_ID, value: 'failed' }]);
  });

  it('changes nothing for a forged, a stale or a replayed webhook', async () => {
    const before = zendesk.accepted();
    const event = { ...sampleTrustCheckEvent('trust_check.failed'), ticket: { system: 'zendesk' as const, id: '4243', url: null } };
    expect(await post({ id: 'msg_forged', event, signWith: generateWebhookSecret() })).toMatchObject({ status: 401, body: { detail: 'no_matching_signature' } });
    expect(await post({ id: 'msg_tampered', event, signature: 'v1,AAAA' })).toMatchObject({ status: 401 });
    expect(await post({ id: 'msg_stale', event, at: new Date(now.getTime() - 6 * 60_000) })).toMatchObject({ status: 401, body: { detail: 'timestamp_too_old' } });
    expect(await post({ id: 'msg_future', event, at: new Date(now.getTime() + 6 * 60_000) })).toMatchObject({ status: 401, body: { detail: 'timestamp_too_new' } });
    expect(zendesk.accepted()).toBe(before);
    expect(zendesk.tickets.get(4243)!.comments).toEqual([]);

    // A retry of an already written delivery: fresh timestamp and signature, same id.
    now = new Date(now.getTime() + 60 * 60_000);
    expect(await post({ id: 'msg_pass_1', event: sampleTrustCheckEvent('trust_check.completed') })).toEqual({ status: 200, body: { result: 'duplicate' } });
    expect(zendesk.accepted()).toBe(before);
    expect(zendesk.tickets.get(4242)!.comments).toHaveLength(1);
  });

  it('remembers written ids across a restart (the file store)', async () => {
    await connector.close();
    connector = await start();
    expect(await post({ id: 'msg_pass_1', event: sampleTrustCheckEvent('trust_check.completed') })).toEqual({ status: 200, body: { result: 'duplicate' } });
    expect(zendesk.tickets.get(4242)!.comments).toHaveLength(1);
  });

  it('answers 503 while Zendesk is down, so the service retries, and writes once when it is back', async () => {
    const event = { ...sampleTrustCheckEvent('trust_check.expired'), ticket: { system: 'zendesk' as const, id: '4244', url: null } };
    zendesk.setOutage(503);
    expect(await post({ id: 'msg_expired_1', event })).toMatchObject({ status: 503, body: { result: 'zendesk_unavailable' } });
    zendesk.setOutage(null);
    expect(await post({ id: 'msg_expired_1', event })).toEqual({ status: 200, body: { result: 'written' } });
    expect(await post({ id: 'msg_expired_1', event })).toEqual({ status: 200, body: { result: 'duplicate' } });
    const ticket = zendesk.tickets.get(4244)!;
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.tags).toEqual([FAILED_TAG]);
    expect(ticket.custom_fields).toEqual([{ id: FIELD_ID, value: 'expired' }]);
  });

  it('acknowledges events of other ticketing systems without writing, and refuses other routes', async () => {
    const before = zendesk.accepted();
    const event = { ...sampleTrustCheckEvent(), ticket: { system: 'jira' as const, id: 'HD-1', url: null } };
    expect(await post({ id: 'msg_jira', event })).toEqual({ status: 200, body: { result: 'ignored', detail: 'not_zendesk' } });
    expect(zendesk.accepted()).toBe(before);
    const wrong = await fetch(connector.url, { method: 'GET' });
    expect(wrong.status).toBe(405);
  });
});

describe('fileSeenWebhookStore', () => {
  it('lets one of two concurrent claims win and a released id be claimed again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zd-seen-'));
    const store = fileSeenWebhookStore(join(dir, 'nested', 'seen.log'));
    const [a, b] = await Promise.all([store.claim('msg_1'), store.claim('msg_1')]);
    expect([a, b].sort()).toEqual([false, true]);
    await store.release('msg_1');
    expect(await store.claim('msg_1')).toBe(true);
    await store.complete('msg_1');
    expect(await store.claim('msg_1')).toBe(false);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
