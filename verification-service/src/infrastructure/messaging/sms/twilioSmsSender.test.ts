import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { NotificationDeliveryError } from '../NotificationDeliveryError';
import { twilioSmsSender } from './twilioSmsSender';

const SID = 'AC' + 'a1'.repeat(16);
const TOKEN = 'token-' + 'b2'.repeat(14);
const SERVICE = 'MG' + 'c3'.repeat(16);

interface Accepted {
  path: string;
  form: Record<string, string>;
}

/**
 * A local stand-in for Twilio's Messages API that enforces the part of its contract we rely on:
 * path, Basic auth, form encoding, required To/From/Body, E.164 numbers; errors are Twilio's JSON.
 */
async function startFakeTwilio() {
  const accepted: Accepted[] = [];
  let override: ((res: ServerResponse) => void) | undefined;

  const fail = (res: ServerResponse, status: number, code: number, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (override) return override(res);
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return fail(res, 404, 20404, 'The requested resource was not found');
    const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
    const credentials = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8') : '';
    if (credentials !== `${SID}:${TOKEN}` || match[1] !== SID) return fail(res, 401, 20003, 'Authenticate');
    // Twilio reads only form parameters: a JSON body has no 'To'.
    const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
      ? Object.fromEntries(new URLSearchParams(raw))
      : {};
    if (!form.To) return fail(res, 400, 21604, "A 'To' phone number is required.");
    if (!/^\+[1-9]\d{6,14}$/.test(form.To))
      return fail(res, 400, 21211, `The 'To' number ${form.To} is not a valid phone number.`);
    if (!form.From && !form.MessagingServiceSid) return fail(res, 400, 21603, "A 'From' phone number is required.");
    if (form.MessagingServiceSid && !/^MG[0-9a-f]{32}$/.test(form.MessagingServiceSid)) {
      return fail(res, 400, 21701, 'The Messaging Service Sid is invalid.');
    }
    if (!form.Body) return fail(res, 400, 21602, 'Message body is required.');
    accepted.push({ path: req.url ?? '', form });
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ sid: 'SM' + randomBytes(16).toString('hex'), status: 'queued', to: form.To, body: form.Body }),
    );
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accepted,
    answerNext(write: (res: ServerResponse) => void) {
      override = (res) => {
        override = undefined;
        write(res);
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('twilioSmsSender', () => {
  let twilio: Awaited<ReturnType<typeof startFakeTwilio>>;
  beforeAll(async () => {
    twilio = await startFakeTwilio();
  });
  afterAll(async () => {
    await twilio.close();
  });
  beforeEach(() => {
    twilio.accepted.length = 0;
  });

  const sms = { to: '+14155550100', body: 'Acme help desk: code 123456. https://verify.example.com/v/abc & more' };

  it('sends To, From and Body and answers with the message sid', async () => {
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: `${twilio.baseUrl}/`,
    });
    const { messageId } = await sender.send(sms);
    expect(messageId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(twilio.accepted).toEqual([
      {
        path: `/2010-04-01/Accounts/${SID}/Messages.json`,
        form: { To: '+14155550100', From: '+15005550006', Body: sms.body },
      },
    ]);
  });

  it('sends through a Messaging Service when from is an MG sid', async () => {
    const sender = twilioSmsSender({ accountSid: SID, authToken: TOKEN, from: SERVICE, baseUrl: twilio.baseUrl });
    await sender.send(sms);
    expect(twilio.accepted[0]?.form).toEqual({ To: '+14155550100', MessagingServiceSid: SERVICE, Body: sms.body });
  });

  it('surfaces a wrong token as Twilio code 20003, not retryable, without leaking the token', async () => {
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: 'wrong-token',
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
    });
    const error = await sender.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationDeliveryError);
    expect(error).toMatchObject({ status: 401, code: '20003', retryable: false, channel: 'sms', provider: 'twilio' });
    expect((error as Error).message).toBe(
      'Twilio refused the SMS: HTTP 401, code 20003: Authenticate (https://www.twilio.com/docs/errors/20003)',
    );
    expect((error as Error).message).not.toContain('wrong-token');
    expect(twilio.accepted).toEqual([]);
  });

  it('surfaces a refused message body with its code and message', async () => {
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
    });
    await expect(sender.send({ to: '+14155550100', body: '' })).rejects.toThrow(
      'Twilio refused the SMS: HTTP 400, code 21602: Message body is required.',
    );
  });

  it('is refused by the fake when the body is not form-encoded (the fake enforces the contract)', async () => {
    const jsonFetch: typeof fetch = (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), 'content-type': 'application/json' },
      });
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
      fetch: jsonFetch,
    });
    await expect(sender.send(sms)).rejects.toMatchObject({ status: 400, code: '21604' });
  });

  it('is refused by the fake without From, and with an unknown account in the path', async () => {
    const noFrom = twilioSmsSender({ accountSid: SID, authToken: TOKEN, from: '', baseUrl: twilio.baseUrl });
    await expect(noFrom.send(sms)).rejects.toMatchObject({ status: 400, code: '21603' });
    const otherAccount = twilioSmsSender({
      accountSid: 'AC' + '0'.repeat(32),
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
    });
    await expect(otherAccount.send(sms)).rejects.toMatchObject({ status: 401, code: '20003' });
  });

  it('refuses a number that is not E.164 before calling Twilio', async () => {
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
    });
    await expect(sender.send({ to: '4155550100', body: 'x' })).rejects.toThrow(TypeError);
  });

  it('marks 429 and 5xx as retryable and copes with a body that is not JSON', async () => {
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
    });
    twilio.answerNext((res) => {
      res.writeHead(429, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 20429, message: 'Too Many Requests', status: 429 }));
    });
    await expect(sender.send(sms)).rejects.toMatchObject({ status: 429, code: '20429', retryable: true });
    twilio.answerNext((res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html>Service Unavailable</html>');
    });
    const error = await sender.send(sms).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, code: undefined, retryable: true });
    expect((error as Error).message).toBe('Twilio refused the SMS: HTTP 503: <html>Service Unavailable</html>');
  });

  it('does not take a 2xx without a sid for success', async () => {
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
    });
    twilio.answerNext((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    await expect(sender.send(sms)).rejects.toThrow(
      'Twilio refused the SMS: an answer without a message sid (HTTP 200)',
    );
  });

  it('gives up after the timeout, retryably', async () => {
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: twilio.baseUrl,
      timeoutMs: 200,
    });
    twilio.answerNext(() => {
      // never answers
    });
    await expect(sender.send(sms)).rejects.toMatchObject({ code: 'ETIMEDOUT', retryable: true });
  });

  it('surfaces a refused connection clearly', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const sender = twilioSmsSender({
      accountSid: SID,
      authToken: TOKEN,
      from: '+15005550006',
      baseUrl: `http://127.0.0.1:${port}`,
    });
    const error = await sender.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationDeliveryError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', retryable: true, status: undefined });
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Twilio request to http://127\\.0\\.0\\.1:${port}/2010-04-01/Accounts/${SID}/Messages\\.json failed \\(ECONNREFUSED\\): `,
      ),
    );
  });
});
