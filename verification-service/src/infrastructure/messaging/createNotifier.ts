import type { EmailMessage, EmailSender } from './email/EmailSender';
import type { SmsMessage, SmsSender } from './sms/SmsSender';

/** What the rest of the service calls to send a message, whichever providers are configured. */
export interface Notifier {
  sendEmail(message: EmailMessage): Promise<{ messageId: string }>;
  sendSms(message: SmsMessage): Promise<{ messageId: string }>;
}

/**
 * One façade over the configured senders: `smtpEmailSender`/`twilioSmsSender` in production,
 * `captureEmailSender`/`captureSmsSender` (the local outbox) in development and tests.
 */
export function createNotifier(senders: { email: EmailSender; sms: SmsSender }): Notifier {
  const { email, sms } = senders;
  return {
    sendEmail: (message) => email.send(message),
    sendSms: (message) => sms.send(message),
  };
}
