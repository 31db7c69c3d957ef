/**
 * The closed list of client error codes. Each subclass of {@link HelpdeskVerifyError} has one,
 * so callers can branch on `error.code` even after the error crossed a boundary as JSON.
 */
export type ClientErrorCode = 'api_error' | 'network_error' | 'timeout' | 'invalid_response' | 'request_validation';

/** Base of every error core-client throws on purpose. */
export abstract class HelpdeskVerifyError extends Error {
  /** Stable, machine-readable code of the failure. */
  abstract readonly code: ClientErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  /** A plain, JSON-safe form of the error (see `toHelpdeskVerifyError` to rebuild it). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message };
  }
}
