import type { EmailMessage } from '../../../infrastructure/messaging/email/EmailSender';
import type { SmsMessage } from '../../../infrastructure/messaging/sms/SmsSender';

/** A rendered message as the outbox keeps it (sealed with the service key) until it is sent. */
export type OutboundMessage = ({ channel: 'email' } & EmailMessage) | ({ channel: 'sms' } & SmsMessage);

/** What a queued message is for: the verification link, or a phone one-time code. */
export type MessageKind = 'link' | 'phone_code';
