import nodemailer from 'nodemailer';
import { NotificationDeliveryError } from '../NotificationDeliveryError';
import { assertSingleAddress } from './assertSingleAddress';
import type { EmailSender } from './EmailSender';

/** How to reach the SMTP relay. */
export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** The From header, e.g. `Acme help desk <helpdesk@acme.example>`. */
  from: string;
  /** Refuse to send unless the connection is upgraded with STARTTLS (ignored when `secure`). */
  requireTls?: boolean;
  /** Connect, greeting and socket timeouts; defaults to 15 s. */
  timeoutMs?: number;
}

/** Nodemailer error codes that another attempt with the same settings will not fix. */
const PERMANENT_CODES = new Set(['EAUTH', 'ETLS', 'EENVELOPE', 'EMESSAGE', 'ECONFIG', 'ENOAUTH']);

/** An email sender that delivers through an SMTP relay with nodemailer, one connection per message. */
export function smtpEmailSender(options: SmtpOptions): EmailSender {
  const { host, port, secure, auth, from, requireTls = false, timeoutMs = 15_000 } = options;
  const transport = nodemailer.createTransport({
    host,
    port,
    secure,
    ...(auth ? { auth: { user: auth.user, pass: auth.pass } } : {}),
    requireTLS: requireTls,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(message) {
      assertSingleAddress(message.to);
      try {
        const info = await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          ...(message.headers ? { headers: message.headers } : {}),
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return { messageId: String(info.messageId) };
      } catch (error) {
        throw smtpFailure(error, `${host}:${port}`);
      }
    },
  };
}

function smtpFailure(error: unknown, server: string): NotificationDeliveryError {
  const details = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const code = typeof details.code === 'string' ? details.code : undefined;
  const status = typeof details.responseCode === 'number' ? details.responseCode : undefined;
  const reason = typeof details.message === 'string' ? details.message : String(error);
  const retryable = status !== undefined ? status < 500 : !PERMANENT_CODES.has(code ?? '');
  const what = [code, status].filter((part) => part !== undefined).join(' ');
  return new NotificationDeliveryError(`SMTP delivery through ${server} failed${what ? ` (${what})` : ''}: ${reason}`, {
    channel: 'email',
    provider: 'smtp',
    retryable,
    ...(code !== undefined ? { code } : {}),
    ...(status !== undefined ? { status } : {}),
    cause: error,
  });
}
