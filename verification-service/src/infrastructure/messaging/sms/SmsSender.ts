/** One text message. */
export interface SmsMessage {
  /** E.164, e.g. `+14155550100`. */
  to: string;
  body: string;
}

/** Sends SMS; `twilioSmsSender` for real delivery, `captureSmsSender` for the local outbox. */
export interface SmsSender {
  send(message: SmsMessage): Promise<{ messageId: string }>;
}
