import { createHmac } from 'node:crypto';
import { verifyZendeskSignature } from './verifyZendeskSignature';

describe('verifyZendeskSignature (base64 HMAC-SHA256 over timestamp + body, as Zendesk documents it)', () => {
  const secret = 'dGhpcyBpcyB0aGUgWmVuZGVzayBzaWduaW5nIHNlY3JldA';
  const timestamp = '2026-01-15T09:00:00Z';
  const body = '{"ticket_id": "501"}';
  const now = new Date('2026-01-15T09:01:00Z');
  // Computed independently of the code under test: HMAC key = the secret's characters, message = timestamp + body.
  const signature = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(Buffer.from(timestamp + body, 'utf8'))
    .digest('base64');
  const headers = (overrides: Record<string, string> = {}) => ({
    'x-zendesk-webhook-signature': signature,
    'x-zendesk-webhook-signature-timestamp': timestamp,
    ...overrides,
  });

  it('accepts Zendesk’s signature, with headers in any case and during a secret rotation', () => {
    expect(verifyZendeskSignature({ secrets: [secret], headers: headers(), body, now })).toEqual({ verified: true });
    expect(
      verifyZendeskSignature({
        secrets: ['old', secret],
        headers: { 'X-Zendesk-Webhook-Signature': signature, 'X-Zendesk-Webhook-Signature-Timestamp': timestamp },
        body,
        now,
      }),
    ).toEqual({ verified: true });
  });

  it('refuses a forged, altered, stale, future or malformed request', () => {
    const refuse = (input: Partial<Parameters<typeof verifyZendeskSignature>[0]>) =>
      verifyZendeskSignature({ secrets: [secret], headers: headers(), body, now, ...input });
    expect(refuse({ secrets: ['another secret'] })).toEqual({ verified: false, reason: 'no_matching_signature' });
    expect(refuse({ body: '{"ticket_id": "502"}' })).toEqual({ verified: false, reason: 'no_matching_signature' });
    expect(refuse({ now: new Date('2026-01-15T09:06:00Z') })).toEqual({ verified: false, reason: 'timestamp_too_old' });
    expect(refuse({ now: new Date('2026-01-15T08:54:00Z') })).toEqual({ verified: false, reason: 'timestamp_too_new' });
    expect(refuse({ headers: headers({ 'x-zendesk-webhook-signature-timestamp': 'yesterday' }) })).toEqual({
      verified: false,
      reason: 'invalid_timestamp',
    });
    expect(refuse({ headers: { 'x-zendesk-webhook-signature': signature } })).toEqual({
      verified: false,
      reason: 'missing_headers',
    });
  });
});
