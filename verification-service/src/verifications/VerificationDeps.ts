import type { AppContext } from '../app/AppContext';
import type { ProofRegistry } from '../proofs/proofRegistry';

/** Sends the messages of a verification (the link, the phone code). */
export interface Messenger {
  sendEmail(message: { to: string; subject: string; text: string; html: string }): Promise<{ messageId: string }>;
  sendSms(message: { to: string; body: string }): Promise<{ messageId: string }>;
}

/** What the verification flow needs beyond the AppContext. */
export interface VerificationDeps extends AppContext {
  proofs: ProofRegistry;
  messenger: Messenger;
}
