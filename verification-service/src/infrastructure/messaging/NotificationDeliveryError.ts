import type { Channel } from '@helpdesk-verify/core-client/schemas';

/** Why a message could not be handed to its provider. */
export interface DeliveryFailure {
  channel: Channel;
  provider: 'smtp' | 'twilio';
  /** True when the same message may succeed later (connection trouble, SMTP 4xx, HTTP 429/5xx). */
  retryable: boolean;
  /** The provider's code: a Node/nodemailer code such as `ECONNREFUSED`, or Twilio's number, e.g. `21211`. */
  code?: string;
  /** The SMTP reply code or HTTP status, when the provider answered. */
  status?: number;
  cause?: unknown;
}

/**
 * Thrown by the email and SMS senders when the provider refuses a message or cannot be reached;
 * its message says which provider, where, and what it answered.
 */
export class NotificationDeliveryError extends Error {
  readonly channel: Channel;
  readonly provider: DeliveryFailure['provider'];
  readonly retryable: boolean;
  readonly code: string | undefined;
  readonly status: number | undefined;

  constructor(message: string, failure: DeliveryFailure) {
    super(message, failure.cause === undefined ? undefined : { cause: failure.cause });
    this.name = 'NotificationDeliveryError';
    this.channel = failure.channel;
    this.provider = failure.provider;
    this.retryable = failure.retryable;
    this.code = failure.code;
    this.status = failure.status;
  }
}
