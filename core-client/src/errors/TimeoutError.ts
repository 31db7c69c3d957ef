import { HelpdeskVerifyError } from './HelpdeskVerifyError';

/** No complete answer arrived within `timeoutMs`. */
export class TimeoutError extends HelpdeskVerifyError {
  override readonly code = 'timeout' as const;
  readonly timeoutMs: number;

  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(`No response within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}
