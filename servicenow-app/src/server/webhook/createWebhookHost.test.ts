import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { signWebhook } from '@helpdesk-verify/core-client/webhooks';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { receiveWebhookSync } from '@helpdesk-verify/core-client/receiver';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { memoryPorts, pendingRecordFor } from '../../../test/memoryPorts';
import { createWebhookHost } from './createWebhookHost';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOW = new Date('2026-01-15T09:00:10.000Z');
const TASK = { table: 'sc_req_item', sysId: 'b'.repeat(32), number: 'RITM0010001' };

/** An event for the app's own ticketing system (the shared sample is a Zendesk one). */
const serviceNowEvent = (type?: Parameters<typeof sampleTrustCheckEvent>[0]): TrustCheckEvent => ({
  ...sampleTrustCheckEvent(type),
  ticket: { system: 'servicenow', id: TASK.number, url: null },
});

const signed = (body: string, id = 'msg_0123456789abcdef', at = NOW) => {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    method: 'POST',
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ secret: SECRET, id, timestamp, body }, nodeHmacSha256),
    },
    body,
  };
};

const setup = (event: TrustCheckEvent = serviceNowEvent()) => {
  const ports = memoryPorts();
  ports.records.insert(pendingRecordFor(event, TASK));
  const run = (request: ReturnType<typeof signed>, secrets = [SECRET]) =>
    receiveWebhookSync(
      createWebhookHost({
        secrets: () => secrets,
        hmac: nodeHmacSha256,
        now: () => NOW,
        receipts: ports.receipts,
        records: ports.records,
        notes: ports.notes$,
      }),
      request,
    );
  return { ports, run };
};

describe('the ServiceNow webhook host (receiveWebhookSync over memory ports)', () => {
  it('maps a failed result onto the row and the task note', () => {
    const event = serviceNowEvent('trust_check.failed');
    const { ports, run } = setup(event);
    expect(run(signed(JSON.stringify(event)))).toEqual({
      status: 200,
      body: { result: 'applied', detail: 'Written to RITM0010001', verification_id: event.session_id },
    });
    expect(ports.rows.get(event.session_id)).toMatchObject({
      status: 'failed',
      riskScore: 10,
      riskReasons: '+10 First time on this device',
      outcomeReason: 'The employee did not finish',
      completedAt: event.timestamp,
    });
    expect(ports.notes).toEqual([
      {
        table: 'sc_req_item',
        sysId: 'b'.repeat(32),
        text: expect.stringMatching(/^\[FAILED\] Identity NOT verified: Dana Scully/),
      },
    ]);
    expect(ports.receiptIds).toEqual(new Set(['msg_0123456789abcdef']));
  });

  it('writes a trust_check.alert ("I did not request this") as a work note that leads with the alert', () => {
    const event = serviceNowEvent('trust_check.alert');
    const { ports, run } = setup(event);
    expect(run(signed(JSON.stringify(event), 'msg_alert000000001'))).toMatchObject({
      status: 200,
      body: { result: 'applied' },
    });
    expect(ports.rows.get(event.session_id)).toMatchObject({ status: 'failed' });
    expect(ports.notes).toEqual([
      {
        table: 'sc_req_item',
        sysId: 'b'.repeat(32),
        text: expect.stringMatching(
          /^\[ALERT\] The employee did NOT request this verification: Dana Scully[^\n]*\n\nAlert: The employee says they did not request this verification/,
        ),
      },
    ]);
  });

  // Issue 11, lost results: the receipt was claimed before the row update and the work note, and never
  // released when they threw, so the service's retry was answered "replayed" and the note never written.
  it('releases the claim when the work note fails, so the retry writes the result once', () => {
    const event = serviceNowEvent();
    const { ports, run } = setup(event);
    const delivery = signed(JSON.stringify(event), 'msg_retried00000001');
    ports.failNextNote();
    expect(run(delivery)).toEqual({
      status: 503,
      body: {
        result: 'apply_failed',
        detail: expect.stringContaining('was not saved'),
        verification_id: event.session_id,
      },
    });
    expect(ports.receiptIds.has('msg_retried00000001')).toBe(false);
    expect(ports.notes).toEqual([]);
    const retry = signed(JSON.stringify(event), 'msg_retried00000001', new Date(NOW.getTime() + 5000));
    expect(run(retry)).toMatchObject({ status: 200, body: { result: 'applied' } });
    expect(ports.notes).toHaveLength(1);
    expect(ports.notes[0]!.text).toMatch(/^\[PASSED\] Identity verified/);
    expect(ports.rows.get(event.session_id)).toMatchObject({ status: 'passed' });
    expect(run(retry)).toMatchObject({ status: 200, body: { result: 'duplicate' } });
    expect(ports.notes).toHaveLength(1);
  });

  it('acknowledges and ignores events for verifications or tasks it does not have (a retry would not help)', () => {
    const { ports, run } = setup();
    const unknown = { ...serviceNowEvent(), session_id: 'ver_ffffffffffffffff' };
    expect(run(signed(JSON.stringify(unknown), 'msg_unknown0000001'))).toMatchObject({
      status: 200,
      body: { result: 'ignored', detail: expect.stringContaining('ver_ffffffffffffffff') },
    });
    ports.deleteTask(TASK.sysId);
    expect(run(signed(JSON.stringify(serviceNowEvent()), 'msg_deleted0000001'))).toMatchObject({
      status: 200,
      body: { result: 'ignored', detail: expect.stringContaining('no longer exists') },
    });
    expect(ports.notes).toEqual([]);
  });

  it('answers 4xx and changes nothing for malformed, unsigned and unconfigured requests', () => {
    const { ports, run } = setup();
    const before = ports.snapshot();
    expect(run(signed('{"event_type":"trust_check.completed"}'))).toMatchObject({
      status: 400,
      body: { result: 'invalid_event' },
    });
    expect(run(signed('not json'))).toMatchObject({ status: 400, body: { result: 'invalid_payload' } });
    expect(run({ method: 'POST', headers: {} as never, body: JSON.stringify(serviceNowEvent()) })).toMatchObject({
      status: 400,
      body: { result: 'missing_headers' },
    });
    const future = signed(JSON.stringify(serviceNowEvent()), 'msg_future', new Date(NOW.getTime() + 301_000));
    expect(run(future)).toMatchObject({ status: 401, body: { result: 'timestamp_too_new' } });
    expect(run(signed(JSON.stringify(serviceNowEvent())), [])).toMatchObject({
      status: 503,
      body: { result: 'not_configured' },
    });
    expect(ports.snapshot()).toBe(before);
  });

  it('accepts the old secret during a rotation', () => {
    const { run } = setup();
    expect(
      run(signed(JSON.stringify(serviceNowEvent())), ['whsec_bmV3IHNlY3JldCBuZXcgc2VjcmV0', SECRET]),
    ).toMatchObject({ status: 200, body: { result: 'applied' } });
  });
});
