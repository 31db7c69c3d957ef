import { HelpdeskVerifyError } from './HelpdeskVerifyError';

/** The request never got an HTTP answer: connection refused, DNS failure, reset, TLS error. */
export class NetworkError extends HelpdeskVerifyError {
  override readonly code = 'network_error' as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
