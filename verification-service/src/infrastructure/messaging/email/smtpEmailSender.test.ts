import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { NotificationDeliveryError } from '../NotificationDeliveryError';
import { smtpEmailSender } from './smtpEmailSender';

interface Received {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
}

async function startSmtp(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The decoded bodies of a MIME message's parts, by content type (enough for nodemailer's output). */
function mimeParts(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  if (!boundary) throw new Error('not a multipart message');
  const parts: Record<string, string> = {};
  for (const section of raw.split(`--${boundary}`).slice(1, -1)) {
    const split = section.indexOf('\r\n\r\n');
    const headers = section.slice(0, split);
    const body = section.slice(split + 4).replace(/\r\n$/, '');
    const type = /Content-Type:\s*([^;\r\n]+)/i.exec(headers)?.[1]?.trim() ?? '';
    const encoding = /Content-Transfer-Encoding:\s*(\S+)/i.exec(headers)?.[1]?.toLowerCase();
    let bytes: Buffer;
    if (encoding === 'quoted-printable') {
      const soft = body.replace(/=\r\n/g, '');
      bytes = Buffer.from(
        soft.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      );
    } else if (encoding === 'base64') bytes = Buffer.from(body, 'base64');
    else bytes = Buffer.from(body, 'utf8');
    parts[type] = bytes.toString('utf8').replace(/\r\n/g, '\n');
  }
  return parts;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const html = `<!doctype html><html lang="en"><body><p>Hello Zoë, ${'long line '.repeat(20)}</p><a href="https://verify.example.com/v/abc">Confirm it is you</a></body></html>`;
const message = {
  to: 'zoe@example.com',
  subject: 'Acme help desk: confirm it is you',
  text: 'Hello Zoë,\n\nConfirm it is you: https://verify.example.com/v/abc\n',
  html,
  headers: { 'X-HV-Verification': 'ver_123' },
};

describe('smtpEmailSender', () => {
  it('delivers a multipart message with subject, From, To, the text and the HTML part', async () => {
    const smtp = await startSmtp();
    try {
      const sender = smtpEmailSender({
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        from: 'Acme help desk <helpdesk@acme.example>',
      });
      const { messageId } = await sender.send(message);
      expect(messageId).toMatch(/^<.+@.+>$/);
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail?.mailFrom).toBe('helpdesk@acme.example');
      expect(mail?.rcptTo).toEqual(['zoe@example.com']);
      const raw = mail?.raw ?? '';
      expect(raw).toMatch(/^Subject: Acme help desk: confirm it is you\r$/m);
      expect(raw).toMatch(/^From: Acme help desk <helpdesk@acme\.example>\r$/m);
      expect(raw).toMatch(/^To: zoe@example\.com\r$/m);
      expect(raw).toMatch(/^X-HV-Verification: ver_123\r$/im);
      expect(raw).toMatch(/^Message-ID: (.+)\r$/m);
      expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
      const parts = mimeParts(raw);
      expect(parts['text/plain']).toBe(message.text);
      expect(parts['text/html']).toBe(html);
    } finally {
      await smtp.close();
    }
  });

  it('authenticates with the given user and password', async () => {
    const logins: string[] = [];
    const smtp = await startSmtp({
      authOptional: false,
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        logins.push(`${auth.username}:${auth.password}`);
        if (auth.username === 'relay' && auth.password === 's3cret') callback(null, { user: 'relay' });
        else callback(new Error('Invalid username or password'));
      },
    });
    try {
      const good = smtpEmailSender({
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        auth: { user: 'relay', pass: 's3cret' },
        from: 'hd@acme.example',
      });
      await good.send(message);
      expect(smtp.received).toHaveLength(1);

      const bad = smtpEmailSender({
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        auth: { user: 'relay', pass: 'wrong' },
        from: 'hd@acme.example',
      });
      const error = await bad.send(message).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotificationDeliveryError);
      expect(error).toMatchObject({ code: 'EAUTH', status: 535, retryable: false, channel: 'email', provider: 'smtp' });
      expect((error as Error).message).toContain(`SMTP delivery through 127.0.0.1:${smtp.port} failed (EAUTH 535)`);
      expect(logins).toEqual(['relay:s3cret', 'relay:wrong']);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('refuses to send in clear text when TLS is required and the server offers no STARTTLS', async () => {
    const smtp = await startSmtp();
    try {
      const sender = smtpEmailSender({
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        requireTls: true,
        from: 'hd@acme.example',
      });
      const error = await sender.send(message).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotificationDeliveryError);
      expect(error).toMatchObject({ retryable: false });
      expect((error as Error).message).toMatch(/STARTTLS/i);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it('says whether a rejected recipient may succeed later (4xx) or not (5xx)', async () => {
    const smtp = await startSmtp({
      onRcptTo(address, _session, callback) {
        const code = address.address.startsWith('busy') ? 451 : 550;
        callback(Object.assign(new Error(code === 451 ? 'Try again later' : 'No such user'), { responseCode: code }));
      },
    });
    try {
      const sender = smtpEmailSender({ host: '127.0.0.1', port: smtp.port, secure: false, from: 'hd@acme.example' });
      await expect(sender.send({ ...message, to: 'nobody@example.com' })).rejects.toMatchObject({
        status: 550,
        retryable: false,
      });
      await expect(sender.send({ ...message, to: 'busy@example.com' })).rejects.toMatchObject({
        status: 451,
        retryable: true,
      });
      await expect(sender.send({ ...message, to: 'nobody@example.com' })).rejects.toThrow(/No such user/);
    } finally {
      await smtp.close();
    }
  });

  it('surfaces a refused connection as a clear, retryable error', async () => {
    const port = await closedPort();
    const sender = smtpEmailSender({
      host: '127.0.0.1',
      port,
      secure: false,
      from: 'hd@acme.example',
      timeoutMs: 2000,
    });
    const error = await sender.send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationDeliveryError);
    expect(error).toMatchObject({ retryable: true, status: undefined });
    expect((error as Error).message).toMatch(
      new RegExp(`^SMTP delivery through 127\\.0\\.0\\.1:${port} failed \\(\\w+\\): .*ECONNREFUSED`),
    );
    expect((error as Error).cause).toHaveProperty('message', expect.stringContaining('ECONNREFUSED'));
  });

  it('never turns the recipient into a list', async () => {
    const smtp = await startSmtp();
    try {
      const sender = smtpEmailSender({ host: '127.0.0.1', port: smtp.port, secure: false, from: 'hd@acme.example' });
      await expect(sender.send({ ...message, to: 'zoe@example.com, thief@evil.example' })).rejects.toThrow(TypeError);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});
