/**
 * Remembers the `webhook-id`s the connector has written to Zendesk, permanently: the service retries
 * a delivery for more than a day with the same id, so a short replay cache is not enough.
 * `claim` is atomic within the process: two concurrent deliveries of one id never both win.
 */
export interface SeenWebhookStore {
  /** True when the id was never completed and is not being processed now; it is then held for the caller. */
  claim(id: string): Promise<boolean>;
  /** The write succeeded: the id is never processed again (persisted before resolving). */
  complete(id: string): Promise<void>;
  /** The write failed: let a retry of the same id through. */
  release(id: string): Promise<void>;
  close(): Promise<void>;
}
