/**
 * A webhook URL the service refuses to call: not http(s), a host that does not resolve, or a host
 * that resolves to a loopback, private, link-local or other non-public address.
 */
export class UnsafeWebhookTargetError extends Error {
  /** Stable reason: `scheme`, `unresolvable` or `non_public_address`. */
  readonly reason: 'scheme' | 'unresolvable' | 'non_public_address';
  /** Node's convention for network errors, so it surfaces like a DNS failure from `lookup`. */
  readonly code = 'EWEBHOOKTARGET';

  constructor(reason: UnsafeWebhookTargetError['reason'], message: string) {
    super(message);
    this.name = 'UnsafeWebhookTargetError';
    this.reason = reason;
  }
}
