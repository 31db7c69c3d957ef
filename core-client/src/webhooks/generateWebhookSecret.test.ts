import { Webhook } from 'standardwebhooks';
import { WebhookEndpointWithSecret } from '../schemas/webhooks';
import { generateWebhookSecret } from './generateWebhookSecret';

describe('generateWebhookSecret', () => {
  it('makes whsec_ + base64 of 32 random bytes by default', () => {
    const secret = generateWebhookSecret();
    expect(WebhookEndpointWithSecret.shape.secret.safeParse(secret).success).toBe(true);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(() => new Webhook(secret)).not.toThrow();
  });

  it('takes 24 to 64 bytes', () => {
    expect(Buffer.from(generateWebhookSecret({ bytes: 24 }).slice(6), 'base64')).toHaveLength(24);
    expect(() => generateWebhookSecret({ bytes: 16 })).toThrow(TypeError);
    expect(() => generateWebhookSecret({ bytes: 65 })).toThrow(TypeError);
  });
});
