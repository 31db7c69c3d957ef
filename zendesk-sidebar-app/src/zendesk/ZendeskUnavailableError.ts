/**
 * Zendesk could not take the call now: no answer, a timeout, 429, 5xx, 401/403 (credentials being
 * fixed) or a safe-update conflict that kept recurring. Worth retrying later; a webhook receiver
 * throws it so the claim on the delivery is released and the service retries.
 */
export class ZendeskUnavailableError extends Error {
  override readonly name = 'ZendeskUnavailableError';
  constructor(
    message: string,
    /** The HTTP status, or null when Zendesk did not answer. */
    readonly status: number | null,
  ) {
    super(message);
  }
}
