import type { LocalOutbox } from '../capture/createLocalOutbox';
import { assertE164 } from './assertE164';
import type { SmsSender } from './SmsSender';

/** An SMS sender that keeps every message in the local outbox instead of sending it. */
export function captureSmsSender(outbox: Pick<LocalOutbox, 'record'>): SmsSender {
  return {
    async send(message) {
      assertE164(message.to);
      const captured = await outbox.record({ channel: 'sms', to: message.to, text: message.body });
      return { messageId: captured.id };
    },
  };
}
