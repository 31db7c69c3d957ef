import type { AppContext } from '../../kernel/AppContext';
import type { ProofRegistry } from '../proofs/proofRegistry';
import type { MessageQueue } from '../notifications/queue/createMessageDispatcher';

/** Hands a message to its provider (used by the message dispatcher, never inside a request's transaction). */
export interface Messenger {
  sendEmail(message: { to: string; subject: string; text: string; html: string }): Promise<{ messageId: string }>;
  sendSms(message: { to: string; body: string }): Promise<{ messageId: string }>;
}

/** What the verification flow needs beyond the AppContext. */
export interface VerificationDeps extends AppContext {
  proofs: ProofRegistry;
  messenger: Messenger;
  /** The message outbox: links and codes are queued in their transaction, then sent at once after the commit. */
  messages: MessageQueue;
}
