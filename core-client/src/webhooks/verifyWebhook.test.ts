import { nodeHmacSha256 } from './nodeHmac';
import { signWebhook } from './signWebhook';
import { signWebhookWithSecrets } from './signWebhookWithSecrets';
import { verifyWebhook } from './verifyWebhook';
import { verifyWebhookAsync } from './verifyWebhookAsync';
import { webCryptoHmacSha256 } from './webCryptoHmacSha256';
import type { VerifyWebhookOptions, WebhookVerificationResult } from './WebhookVerificationResult';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const otherSecret = 'whsec_3Ynl1cYTOHn9HqhJ5B2cy0wo4cuJMbEi4U9PIhCCP0g=';
const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
const timestamp = 1_764_000_000;
const now = new Date(timestamp * 1000);
const body = '{"event_type":"trust_check.completed","n":1}';
const signed = (overrides: Partial<{ secret: string; id: string; timestamp: number; body: string }> = {}) =>
  signWebhook({ secret, id, timestamp, body, ...overrides }, nodeHmacSha256);
const headers = (signature = signed()) => ({
  'webhook-id': id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': signature,
});

type Verify = (options: VerifyWebhookOptions) => Promise<WebhookVerificationResult>;
const verifiers: [string, Verify][] = [
  ['verifyWebhook (node:crypto)', async (options) => verifyWebhook(options, nodeHmacSha256)],
  ['verifyWebhookAsync (WebCrypto)', (options) => verifyWebhookAsync(options, webCryptoHmacSha256)],
];

describe.each(verifiers)('%s', (_, verify) => {
  const run = (options: Partial<VerifyWebhookOptions> = {}) =>
    verify({ secrets: [secret], headers: headers(), body, now, ...options });
  const refused = (reason: string) => ({ verified: false, reason });

  it('verifies a good signature and parses the payload', async () => {
    await expect(run()).resolves.toEqual({
      verified: true,
      id,
      timestamp: now,
      payload: { event_type: 'trust_check.completed', n: 1 },
    });
  });

  it('refuses a forged signature', async () => {
    const forged = `v1,${Buffer.alloc(32, 7).toString('base64')}`;
    await expect(run({ headers: headers(forged) })).resolves.toEqual(refused('no_matching_signature'));
  });

  it('refuses a signature made with another secret', async () => {
    await expect(run({ secrets: [otherSecret] })).resolves.toEqual(refused('no_matching_signature'));
  });

  it('refuses a tampered body, id or timestamp', async () => {
    await expect(run({ body: body.replace('1', '2') })).resolves.toEqual(refused('no_matching_signature'));
    await expect(run({ headers: { ...headers(), 'webhook-id': 'msg_other' } })).resolves.toEqual(
      refused('no_matching_signature'),
    );
    await expect(run({ headers: { ...headers(), 'webhook-timestamp': String(timestamp + 1) } })).resolves.toEqual(
      refused('no_matching_signature'),
    );
  });

  it('allows five minutes either way and no more', async () => {
    await expect(run({ now: new Date((timestamp + 300) * 1000) })).resolves.toMatchObject({ verified: true });
    await expect(run({ now: new Date((timestamp - 300) * 1000) })).resolves.toMatchObject({ verified: true });
    await expect(run({ now: new Date((timestamp + 301) * 1000) })).resolves.toEqual(refused('timestamp_too_old'));
    await expect(run({ now: new Date((timestamp - 301) * 1000) })).resolves.toEqual(refused('timestamp_too_new'));
    await expect(run({ now: new Date((timestamp + 3600) * 1000), toleranceSeconds: 3600 })).resolves.toMatchObject({
      verified: true,
    });
  });

  it('refuses missing or empty headers', async () => {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const { [name]: _omitted, ...rest } = headers();
      await expect(run({ headers: rest })).resolves.toEqual(refused('missing_headers'));
      await expect(run({ headers: { ...headers(), [name]: '' } })).resolves.toEqual(refused('missing_headers'));
      await expect(run({ headers: { ...headers(), [name]: undefined } })).resolves.toEqual(refused('missing_headers'));
      await expect(run({ headers: { ...headers(), [name]: [] } })).resolves.toEqual(refused('missing_headers'));
    }
  });

  it('refuses a timestamp that is not unix seconds', async () => {
    for (const bad of ['abc', '1764000000.5', '-1764000000', '2026-11-24T10:00:00Z']) {
      await expect(run({ headers: { ...headers(), 'webhook-timestamp': bad } })).resolves.toEqual(
        refused('invalid_timestamp'),
      );
    }
  });

  it('accepts header names in any case', async () => {
    const mixed = {
      'Webhook-Id': id,
      'WEBHOOK-TIMESTAMP': String(timestamp),
      'webhook-Signature': signed(),
      'Content-Type': 'application/json',
    };
    await expect(run({ headers: mixed })).resolves.toMatchObject({ verified: true });
  });

  it('accepts array-valued headers (Forge web triggers)', async () => {
    const forge = {
      'webhook-id': [id],
      'webhook-timestamp': [String(timestamp)],
      'webhook-signature': ['v1,bm90IGl0', signed()],
    };
    await expect(run({ headers: forge })).resolves.toMatchObject({ verified: true, id });
  });

  it('finds the matching v1 signature among several and ignores other versions', async () => {
    const good = signed().slice(3);
    await expect(run({ headers: headers(`v1a,${good} v2,${good} v1,AAAA ${signed()}`) })).resolves.toMatchObject({
      verified: true,
    });
    await expect(run({ headers: headers(`v1a,${good} v2,${good}`) })).resolves.toEqual(
      refused('no_matching_signature'),
    );
  });

  it('supports secret rotation on both sides', async () => {
    const both = signWebhookWithSecrets({ secrets: [secret, otherSecret], id, timestamp, body }, nodeHmacSha256);
    expect(both.split(' ')).toHaveLength(2);
    await expect(run({ headers: headers(both), secrets: [otherSecret] })).resolves.toMatchObject({ verified: true });
    await expect(run({ headers: headers(both), secrets: [secret] })).resolves.toMatchObject({ verified: true });
    await expect(run({ secrets: [otherSecret, secret] })).resolves.toMatchObject({ verified: true });
  });

  it('accepts secrets without the whsec_ prefix', async () => {
    await expect(run({ secrets: [secret.slice('whsec_'.length)] })).resolves.toMatchObject({ verified: true });
  });

  it('reports a signed body that is not JSON', async () => {
    const text = 'not json';
    await expect(run({ body: text, headers: headers(signed({ body: text })) })).resolves.toEqual(
      refused('invalid_payload'),
    );
  });

  it('throws TypeError on misuse', async () => {
    await expect(run({ secrets: [] })).rejects.toThrow(TypeError);
    await expect(run({ secrets: ['whsec_not base64!'] })).rejects.toThrow(/webhook secret/);
  });
});

describe('signWebhook', () => {
  it('signs "{id}.{timestamp}.{body}" as v1,<base64>, with or without the prefix', () => {
    expect(signed()).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(signed({ secret: secret.slice('whsec_'.length) })).toBe(signed());
  });

  it('passes the base64 key and the message to the HMAC (the ServiceNow generateMac shape)', () => {
    const calls: [string, string][] = [];
    signWebhook({ secret, id, timestamp, body }, (key, message) => {
      calls.push([key, message]);
      return 'MAC';
    });
    expect(calls).toEqual([[secret.slice('whsec_'.length), `${id}.${timestamp}.${body}`]]);
  });

  it('throws TypeError for a timestamp that is not whole seconds', () => {
    expect(() => signed({ timestamp: 1.5 })).toThrow(TypeError);
    expect(() => signed({ timestamp: Date.now() / 1000 })).toThrow(/unix seconds/);
    expect(() => signWebhookWithSecrets({ secrets: [], id, timestamp, body }, nodeHmacSha256)).toThrow(TypeError);
  });
});
