import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { signWebhook } from '@helpdesk-verify/core-client/webhooks';
import { generateWebhookSecret, nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { startFakeZendeskApi, type FakeZendeskApi } from '../../test/startFakeZendeskApi';
import { ALERT_TAG, FAILED_TAG, VERIFIED_TAG } from '../webhook/buildResultUpdate';
import { loadConnectorConfig } from './loadConnectorConfig';
import { startConnector, type RunningConnector } from './startConnector';

const FIELD_ID = 360001234567;
const forTicket = (event: TrustCheckEvent, id: number): TrustCheckEvent => ({
  ...event,
  ticket: { system: 'zendesk', id: String(id), url: null },
});

describe('the Zendesk connector over real HTTP, on the kit receiver, against the local Zendesk API', () => {
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
    zendesk = await startFakeZendeskApi({
      email: 'bot@acme.example',
      apiToken: 'zd-token-1',
      tickets: [
        4242,
        4243,
        4244,
        4245,
        { id: 4246, tags: ['vip', VERIFIED_TAG] },
        4247,
        { id: 4248, status: 'closed' },
      ],
    });
    connector = await start();
  });
  afterAll(async () => {
    await connector?.close();
    await zendesk?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (input: {
    id: string;
    event: TrustCheckEvent;
    signWith?: string;
    at?: Date;
    signature?: string;
  }) => {
    const body = JSON.stringify(input.event);
    const timestamp = Math.floor((input.at ?? now).getTime() / 1000);
    const signature =
      input.signature ??
      signWebhook({ secret: input.signWith ?? secret, id: input.id, timestamp, body }, nodeHmacSha256);
    const response = await fetch(connector.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': input.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signature,
      },
      body,
    });
    return { status: response.status, body: (await response.json()) as { result: string; detail?: string } };
  };

  it('issue 11: writes the private note and field with one ticket update and the tag with the Tags API (no additional_tags)', async () => {
    const answer = await post({ id: 'msg_pass_1', event: sampleTrustCheckEvent('trust_check.completed') });
    expect(answer).toMatchObject({ status: 200, body: { result: 'applied' } });
    const ticket = zendesk.tickets.get(4242)!;
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]!.public).toBe(false);
    expect(ticket.comments[0]!.html_body).toContain(
      '<h3>[PASSED] Identity verified: Dana Scully (dana@example.com)</h3>',
    );
    expect(ticket.tags).toEqual([VERIFIED_TAG]);
    expect(ticket.custom_fields).toEqual([{ id: FIELD_ID, value: 'passed' }]);
    // Nothing sent that Zendesk would drop or refuse.
    expect(zendesk.ignored).toEqual([]);
    expect(zendesk.refused).toEqual([]);
  });

  it('replaces an earlier outcome tag and keeps the others (Tags API remove, safe update)', async () => {
    expect(
      await post({ id: 'msg_fail_6', event: forTicket(sampleTrustCheckEvent('trust_check.failed'), 4246) }),
    ).toMatchObject({ status: 200, body: { result: 'applied' } });
    expect(zendesk.tickets.get(4246)!.tags).toEqual(['vip', FAILED_TAG]);
  });

  it('retries a tag change that collides with another update (409) after reading the ticket again', async () => {
    zendesk.collideNext(4247);
    expect(
      await post({ id: 'msg_collide', event: forTicket(sampleTrustCheckEvent('trust_check.completed'), 4247) }),
    ).toMatchObject({ status: 200, body: { result: 'applied' } });
    expect(zendesk.refused).toEqual([expect.objectContaining({ status: 409, path: '/api/v2/tickets/4247/tags.json' })]);
    expect(zendesk.tickets.get(4247)!.tags).toEqual([VERIFIED_TAG]);
    expect(zendesk.tickets.get(4247)!.comments).toHaveLength(1);
    zendesk.refused.length = 0;
  });

  it('writes a trust_check.alert ("I did not request this") as a private note that leads with the alert, and tags it', async () => {
    expect(
      await post({ id: 'msg_alert_1', event: forTicket(sampleTrustCheckEvent('trust_check.alert'), 4245) }),
    ).toMatchObject({ status: 200, body: { result: 'applied' } });
    const ticket = zendesk.tickets.get(4245)!;
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]!.html_body).toContain(
      '<h3>[ALERT] The employee did NOT request this verification: Dana Scully (dana@example.com)</h3>',
    );
    expect(ticket.tags).toEqual([FAILED_TAG, ALERT_TAG]);
    expect(ticket.custom_fields).toEqual([{ id: FIELD_ID, value: 'failed' }]);
  });

  it('answers "ignored" with the reason for a ticket Zendesk refuses for good (closed: 422, deleted: 404), and keeps the id', async () => {
    const closed = await post({
      id: 'msg_closed',
      event: forTicket(sampleTrustCheckEvent('trust_check.completed'), 4248),
    });
    expect(closed).toMatchObject({ status: 200, body: { result: 'ignored', detail: expect.stringContaining('422') } });
    expect(zendesk.tickets.get(4248)!.comments).toEqual([]);
    expect(
      await post({ id: 'msg_closed', event: forTicket(sampleTrustCheckEvent('trust_check.completed'), 4248) }),
    ).toMatchObject({ status: 200, body: { result: 'duplicate' } });
    expect(
      await post({ id: 'msg_deleted', event: forTicket(sampleTrustCheckEvent('trust_check.completed'), 9999) }),
    ).toMatchObject({ status: 200, body: { result: 'ignored', detail: expect.stringContaining('404') } });
    zendesk.refused.length = 0;
  });

  it('changes nothing for a forged, a stale or a replayed webhook', async () => {
    const before = zendesk.accepted();
    const event = forTicket(sampleTrustCheckEvent('trust_check.failed'), 4243);
    expect(await post({ id: 'msg_forged', event, signWith: generateWebhookSecret() })).toMatchObject({
      status: 401,
      body: { result: 'no_matching_signature' },
    });
    expect(await post({ id: 'msg_tampered', event, signature: 'v1,AAAA' })).toMatchObject({ status: 401 });
    expect(await post({ id: 'msg_stale', event, at: new Date(now.getTime() - 6 * 60_000) })).toMatchObject({
      status: 401,
      body: { result: 'timestamp_too_old' },
    });
    expect(await post({ id: 'msg_future', event, at: new Date(now.getTime() + 6 * 60_000) })).toMatchObject({
      status: 401,
      body: { result: 'timestamp_too_new' },
    });
    expect(zendesk.accepted()).toBe(before);
    expect(zendesk.tickets.get(4243)!.comments).toEqual([]);

    // A retry of an already written delivery: fresh timestamp and signature, same id.
    now = new Date(now.getTime() + 60 * 60_000);
    expect(await post({ id: 'msg_pass_1', event: sampleTrustCheckEvent('trust_check.completed') })).toMatchObject({
      status: 200,
      body: { result: 'duplicate' },
    });
    expect(zendesk.accepted()).toBe(before);
    expect(zendesk.tickets.get(4242)!.comments).toHaveLength(1);
  });

  it('remembers written ids across a restart (the file store)', async () => {
    await connector.close();
    connector = await start();
    expect(await post({ id: 'msg_pass_1', event: sampleTrustCheckEvent('trust_check.completed') })).toMatchObject({
      status: 200,
      body: { result: 'duplicate' },
    });
    expect(zendesk.tickets.get(4242)!.comments).toHaveLength(1);
  });

  it.each([503, 429])(
    'answers 503 apply_failed while Zendesk answers %i, so the service retries, and writes once when it is back',
    async (status) => {
      const ticketId = status === 503 ? 4244 : 4243;
      const event = forTicket(sampleTrustCheckEvent('trust_check.expired'), ticketId);
      zendesk.setOutage(status);
      expect(await post({ id: `msg_expired_${status}`, event })).toMatchObject({
        status: 503,
        body: { result: 'apply_failed' },
      });
      zendesk.setOutage(null);
      expect(await post({ id: `msg_expired_${status}`, event })).toMatchObject({
        status: 200,
        body: { result: 'applied' },
      });
      expect(await post({ id: `msg_expired_${status}`, event })).toMatchObject({
        status: 200,
        body: { result: 'duplicate' },
      });
      const ticket = zendesk.tickets.get(ticketId)!;
      expect(ticket.comments).toHaveLength(1);
      expect(ticket.tags).toEqual([FAILED_TAG]);
      expect(ticket.custom_fields).toEqual([{ id: FIELD_ID, value: 'expired' }]);
      zendesk.refused.length = 0;
    },
  );

  it('acknowledges events of other ticketing systems without writing, and refuses GET', async () => {
    const before = zendesk.accepted();
    const event = { ...sampleTrustCheckEvent(), ticket: { system: 'jira' as const, id: 'HD-1', url: null } };
    expect(await post({ id: 'msg_jira', event })).toMatchObject({ status: 200, body: { result: 'ignored' } });
    expect(zendesk.accepted()).toBe(before);
    expect((await fetch(connector.url, { method: 'GET' })).status).toBe(405);
  });
});
