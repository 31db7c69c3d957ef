import { randomBytes } from 'node:crypto';
import type { ReceiverOutcome } from '../receiver/ReceiverOutcome';
import type { WebhookRequest } from '../receiver/ReceiverHost';
import { RECEIVER_STATUS } from '../receiver/ReceiverOutcome';
import type { TrustCheckEvent } from '../schemas/webhooks';
import { nodeHmacSha256 } from '../webhooks/nodeHmac';
import { signWebhook } from '../webhooks/signWebhook';

/** What a conformance run needs from the app's test: its secret and clock, and an event for one of its tickets. */
export interface ConformanceSetup {
  /** The `whsec_…` secret the app under test is configured with. */
  secret: string;
  /** The app's clock during the run. */
  now: Date;
  /** A valid event whose ticket exists in the app's platform, so applying it writes one result. */
  event: TrustCheckEvent;
}

/** One delivery and what every app must answer to it. */
export interface ConformanceCase {
  name: string;
  /** Makes the platform write fail once before this delivery. */
  failApply?: boolean;
  request: WebhookRequest;
  expected: { status: number; result: ReceiverOutcome; writes: number };
}

const OTHER_SECRET = 'whsec_' + Buffer.from('not the secret of this receiver!').toString('base64');

const newId = (): string => 'msg_' + randomBytes(12).toString('hex');

const signed = (body: string, options: { secret: string; at: Date; id?: string }): WebhookRequest => {
  const id = options.id ?? newId();
  const timestamp = Math.floor(options.at.getTime() / 1000);
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ secret: options.secret, id, timestamp, body }, nodeHmacSha256),
    },
    body,
  };
};

const expect = (result: ReceiverOutcome, writes: number) => ({ status: RECEIVER_STATUS[result], result, writes });

/**
 * The deliveries every ticketing app's receiver must answer alike, in order: refusals that change
 * nothing first, then a result applied once, its replay, and a platform failure whose retry is
 * applied. `writes` counts results on the ticket after each case.
 */
export const webhookConformanceCases = (setup: ConformanceSetup): ConformanceCase[] => {
  const { secret, now, event } = setup;
  const body = JSON.stringify(event);
  const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
  const otherSystem = (['servicenow', 'zendesk', 'jira'] as const).find((system) => system !== event.ticket.system)!;
  const tampered = signed(body, { secret, at: now });
  tampered.body = body.replace('"' + event.status + '"', '"' + (event.status === 'passed' ? 'failed' : 'passed') + '"');
  const badTimestamp = signed(body, { secret, at: now });
  (badTimestamp.headers as Record<string, string>)['webhook-timestamp'] = 'yesterday';
  const appliedId = newId();
  const retriedId = newId();
  return [
    {
      name: 'GET instead of POST',
      request: { ...signed(body, { secret, at: now }), method: 'GET' },
      expected: expect('method_not_allowed', 0),
    },
    {
      name: 'no webhook headers',
      request: { method: 'POST', headers: { 'content-type': 'application/json' }, body },
      expected: expect('missing_headers', 0),
    },
    {
      name: 'signed with another secret (forged)',
      request: signed(body, { secret: OTHER_SECRET, at: now }),
      expected: expect('no_matching_signature', 0),
    },
    {
      name: 'timestamp six minutes old (stale)',
      request: signed(body, { secret, at: minutes(-6) }),
      expected: expect('timestamp_too_old', 0),
    },
    {
      name: 'timestamp six minutes ahead (future)',
      request: signed(body, { secret, at: minutes(6) }),
      expected: expect('timestamp_too_new', 0),
    },
    { name: 'timestamp that is not a number', request: badTimestamp, expected: expect('invalid_timestamp', 0) },
    { name: 'body altered after signing', request: tampered, expected: expect('no_matching_signature', 0) },
    {
      name: 'signed body that is not JSON (malformed)',
      request: signed(body.slice(0, -7), { secret, at: now }),
      expected: expect('invalid_payload', 0),
    },
    {
      name: 'signed JSON that is not a trust_check event',
      request: signed(JSON.stringify({ ...event, risk: 'high' }), { secret, at: now }),
      expected: expect('invalid_event', 0),
    },
    {
      name: 'an event type this app does not know',
      request: signed(JSON.stringify({ ...event, event_type: 'trust_check.someday' }), { secret, at: now }),
      expected: expect('ignored', 0),
    },
    {
      name: 'an event for another ticketing system',
      request: signed(JSON.stringify({ ...event, ticket: { ...event.ticket, system: otherSystem } }), {
        secret,
        at: now,
      }),
      expected: expect('ignored', 0),
    },
    {
      name: 'a body over 256 KiB',
      request: signed(JSON.stringify({ ...event, metadata: { padding: 'x'.repeat(300 * 1024) } }), { secret, at: now }),
      expected: expect('payload_too_large', 0),
    },
    {
      name: 'a valid event',
      request: signed(body, { secret, at: now, id: appliedId }),
      expected: expect('applied', 1),
    },
    {
      name: 'the same webhook-id again, re-signed 30 s later (replay)',
      request: signed(body, { secret, at: new Date(now.getTime() + 30_000), id: appliedId }),
      expected: expect('duplicate', 1),
    },
    {
      name: 'a valid event while the platform write fails',
      failApply: true,
      request: signed(body, { secret, at: now, id: retriedId }),
      expected: expect('apply_failed', 1),
    },
    {
      name: 'the service retries it',
      request: signed(body, { secret, at: new Date(now.getTime() + 5_000), id: retriedId }),
      expected: expect('applied', 2),
    },
  ];
};
