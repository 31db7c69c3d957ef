import type { LocalOutbox } from '../capture/createLocalOutbox';
import { assertSingleAddress } from './assertSingleAddress';
import type { EmailSender } from './EmailSender';

/** An email sender that keeps every message in the local outbox instead of sending it. */
export function captureEmailSender(outbox: Pick<LocalOutbox, 'record'>): EmailSender {
  return {
    async send(message) {
      assertSingleAddress(message.to);
      const captured = await outbox.record({
        channel: 'email',
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      return { messageId: captured.id };
    },
  };
}
