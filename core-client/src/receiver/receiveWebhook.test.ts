import { failedEvent } from '../../test/fixtures';
import { runWebhookConformance } from '../conformance/runWebhookConformance';
import type { TrustCheckEvent } from '../schemas/webhooks';
import { checkTrustCheckEvent } from '../checks/checkTrustCheckEvent';
import { nodeHmacSha256 } from '../webhooks/nodeHmac';
import { parseTrustCheckEvent } from '../webhooks/parseTrustCheckEvent';
import { signWebhook } from '../webhooks/signWebhook';
import type { ApplyResult, AsyncReceiverHost, SyncReceiverHost, WebhookRequest } from './ReceiverHost';
import { RECEIVER_STATUS } from './ReceiverOutcome';
import { receiveWebhook } from './receiveWebhook';
import { receiveWebhookSync } from './receiveWebhookSync';

const SECRET = 'whsec_' + Buffer.from('0123456789abcdef0123456789abcdef').toString('base64');
const NOW = new Date('2026-11-24T11:00:30.000Z');

/** An in-memory ticketing platform: claimed ids, notes written, and a switch to make the next write fail. */
const memoryPlatform = () => {
  const claimed = new Set<string>();
  const notes: string[] = [];
  let failures = 0;
  const apply = (event: TrustCheckEvent): ApplyResult => {
    if (failures > 0) {
      failures -= 1;
      throw new Error('platform answered 503');
    }
    if (event.ticket.id === 'deleted') return { result: 'ignored', detail: 'ticket not found' };
    notes.push(`${event.ticket.id}: ${event.status}`);
    return { result: 'applied' };
  };
  const host: SyncReceiverHost = {
    system: 'jira',
    now: () => NOW,
    parseEvent: checkTrustCheckEvent,
    secrets: () => [SECRET],
    hmac: nodeHmacSha256,
    claim: (id) => !claimed.has(id) && Boolean(claimed.add(id)),
    release: (id) => void claimed.delete(id),
    apply,
  };
  return { host, claimed, notes, failNext: () => (failures += 1) };
};

/** The same platform behind promises, validated with zod: the async entry. */
const asyncHost = (sync: SyncReceiverHost): AsyncReceiverHost => ({
  ...sync,
  parseEvent: parseTrustCheckEvent,
  secrets: async () => sync.secrets(),
  hmac: async (key, message) => nodeHmacSha256(key, message),
  claim: async (id, event) => sync.claim(id, event),
  release: async (id) => sync.release(id),
  apply: async (event, id) => sync.apply(event, id),
});

const signed = (event: unknown, id = 'msg_1'): WebhookRequest => {
  const body = JSON.stringify(event);
  const timestamp = Math.floor(NOW.getTime() / 1000);
  return {
    method: 'POST',
    headers: {
      'Webhook-Id': [id],
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ secret: SECRET, id, timestamp, body }, nodeHmacSha256),
    },
    body,
  };
};

describe('receiveWebhookSync and receiveWebhook', () => {
  it.each([
    [
      'sync host, zod-free checks',
      (host: SyncReceiverHost) => ({ deliver: async (request: WebhookRequest) => receiveWebhookSync(host, request) }),
    ],
    [
      'async host, zod',
      (host: SyncReceiverHost) => ({ deliver: (request: WebhookRequest) => receiveWebhook(asyncHost(host), request) }),
    ],
  ])('pass the shared conformance cases (%s)', async (_name, entry) => {
    const platform = memoryPlatform();
    const { deliver } = entry(platform.host);
    const reports = await runWebhookConformance(
      {
        deliver: async (request) => {
          const answer = await deliver(request);
          return { status: answer.status, result: answer.body.result };
        },
        failNextApply: platform.failNext,
        writes: async () => platform.notes.length,
      },
      { secret: SECRET, now: NOW, event: failedEvent },
    );
    expect(reports.length).toBeGreaterThanOrEqual(16);
    for (const report of reports)
      expect({ name: report.name, ...report.actual }).toEqual({ name: report.name, ...report.expected });
  });

  it('answers synchronously on a synchronous host (no Promise on ServiceNow)', () => {
    const platform = memoryPlatform();
    const answer = receiveWebhookSync(platform.host, signed(failedEvent));
    expect(answer).toEqual({ status: 200, body: { result: 'applied', verification_id: failedEvent.session_id } });
    expect(typeof (answer as unknown as { then?: unknown }).then).toBe('undefined');
  });

  it('releases the claim when applying fails, so the retry is applied rather than called a duplicate', () => {
    const platform = memoryPlatform();
    platform.failNext();
    const failed = receiveWebhookSync(platform.host, signed(failedEvent, 'msg_retry'));
    expect(failed).toEqual({
      status: 503,
      body: { result: 'apply_failed', detail: 'platform answered 503', verification_id: failedEvent.session_id },
    });
    expect(platform.claimed.has('msg_retry')).toBe(false);
    expect(receiveWebhookSync(platform.host, signed(failedEvent, 'msg_retry')).body.result).toBe('applied');
    expect(platform.notes).toEqual(['IT-99: failed']);
  });

  it('answers 503 without claiming when the claim store itself fails, and keeps the claim of an ignored event', async () => {
    const platform = memoryPlatform();
    const broken = { ...asyncHost(platform.host), claim: async () => Promise.reject(new Error('kvs down')) };
    expect(await receiveWebhook(broken, signed(failedEvent))).toMatchObject({
      status: 503,
      body: { result: 'apply_failed' },
    });
    const gone = { ...failedEvent, ticket: { ...failedEvent.ticket, id: 'deleted' } };
    expect(receiveWebhookSync(platform.host, signed(gone, 'msg_gone'))).toMatchObject({
      status: 200,
      body: { result: 'ignored', detail: 'ticket not found' },
    });
    expect(platform.claimed.has('msg_gone')).toBe(true);
  });

  it('is not configured without a secret (503, so the service retries once it is set)', () => {
    const platform = memoryPlatform();
    expect(receiveWebhookSync({ ...platform.host, secrets: () => [] }, signed(failedEvent))).toEqual({
      status: 503,
      body: { result: 'not_configured', detail: 'No webhook secret is configured' },
    });
  });

  it('has one status for every outcome', () => {
    expect(RECEIVER_STATUS).toMatchObject({
      applied: 200,
      duplicate: 200,
      ignored: 200,
      invalid_event: 400,
      no_matching_signature: 401,
      apply_failed: 503,
    });
  });
});
