import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret } from '@helpdesk-verify/core-client/node';
import { webhookHeaders } from './webhookHeaders';

describe('webhookHeaders', () => {
  const at = new Date('2026-01-15T09:00:00.900Z');
  const body = '{"event_type":"trust_check.completed"}';
  const verify = (secret: string, headers: Record<string, string>) => {
    const spy = jest.spyOn(Date, 'now').mockReturnValue(at.getTime());
    try {
      return new Webhook(secret).verify(body, headers);
    } finally {
      spy.mockRestore();
    }
  };

  it('builds the Standard Webhooks headers for one attempt', () => {
    const secret = generateWebhookSecret();
    const headers = webhookHeaders({ messageId: 'msg_abcdefghijklmnop', at, body, secrets: [secret] });
    expect(headers).toEqual({
      'content-type': 'application/json',
      'user-agent': 'HelpdeskVerify-Webhooks/0.1',
      'webhook-id': 'msg_abcdefghijklmnop',
      'webhook-timestamp': '1768467600',
      'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
    });
    expect(verify(secret, headers)).toEqual({ event_type: 'trust_check.completed' });
  });

  it('signs with every live secret, each verifying on its own', () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const headers = webhookHeaders({ messageId: 'msg_abcdefghijklmnop', at, body, secrets: [current, previous] });
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(verify(current, headers)).toBeTruthy();
    expect(verify(previous, headers)).toBeTruthy();
    expect(() => verify(generateWebhookSecret(), headers)).toThrow('No matching signature found');
  });
});
