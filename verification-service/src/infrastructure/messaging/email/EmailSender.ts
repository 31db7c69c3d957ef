/** One email, with both parts: every client shows one of them. */
export interface EmailMessage {
  /** A single address, e.g. `ann@example.com`. */
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Sends email; `smtpEmailSender` for real delivery, `captureEmailSender` for the local outbox. */
export interface EmailSender {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}
