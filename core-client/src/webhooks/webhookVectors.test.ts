import { Webhook } from 'standardwebhooks';
import vectorFile from '../../test/webhook-vectors.json';
import { nodeHmacSha256 } from './nodeHmac';
import { signWebhook } from './signWebhook';
import { verifyWebhook } from './verifyWebhook';
import { verifyWebhookAsync } from './verifyWebhookAsync';
import { webCryptoHmacSha256 } from './webCryptoHmacSha256';
import { webhookSecretKey } from './internal/webhookSecretKey';

const { vectors } = vectorFile;
const headersOf = (vector: (typeof vectors)[number]) => ({
  'webhook-id': vector.id,
  'webhook-timestamp': String(vector.timestamp),
  'webhook-signature': vector.signature,
});
const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe.each(vectors)('webhook vector "$description"', (vector) => {
  const now = new Date(vector.timestamp * 1000);

  it('is what the standardwebhooks package signs', () => {
    expect(new Webhook(vector.secret).sign(vector.id, now, vector.body)).toBe(vector.signature);
  });

  it('is reproduced by signWebhook with node:crypto', () => {
    expect(signWebhook(vector, nodeHmacSha256)).toBe(vector.signature);
  });

  it('is reproduced with WebCrypto', async () => {
    const mac = await webCryptoHmacSha256(
      webhookSecretKey(vector.secret),
      `${vector.id}.${vector.timestamp}.${vector.body}`,
    );
    expect(`v1,${mac}`).toBe(vector.signature);
  });

  it('verifies with both verifiers', async () => {
    const options = { secrets: [vector.secret], headers: headersOf(vector), body: vector.body, now };
    const expected = isJson(vector.body)
      ? { verified: true, id: vector.id, timestamp: now, payload: JSON.parse(vector.body) }
      : { verified: false, reason: 'invalid_payload' };
    expect(verifyWebhook(options, nodeHmacSha256)).toEqual(expected);
    expect(await verifyWebhookAsync(options, webCryptoHmacSha256)).toEqual(expected);
  });

  it('signs what the standardwebhooks package verifies', () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signWebhook({ ...vector, timestamp }, nodeHmacSha256);
    const headers = { 'webhook-id': vector.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
    const verify = () => new Webhook(vector.secret).verify(vector.body, headers, { jsonParse: false });
    expect(verify).not.toThrow();
  });
});
