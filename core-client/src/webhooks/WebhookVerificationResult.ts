/** Why a webhook was refused. */
export type WebhookFailureReason =
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'invalid_payload';

/** The outcome of `verifyWebhook` / `verifyWebhookAsync`. */
export type WebhookVerificationResult =
  | {
      verified: true;
      /** The `webhook-id`: the same across retries; keep it to ignore replays. */
      id: string;
      /** The `webhook-timestamp` of this attempt. */
      timestamp: Date;
      /** The parsed JSON body (validate it, e.g. with `parseTrustCheckEvent`). */
      payload: unknown;
    }
  | { verified: false; reason: WebhookFailureReason };

/** Headers as hosts hand them over: any case, values may be arrays (Forge) or missing. */
export type WebhookHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of `verifyWebhook` / `verifyWebhookAsync`. */
export interface VerifyWebhookOptions {
  /** Secrets to accept (`whsec_…` or bare base64); several during a rotation. */
  secrets: readonly string[];
  headers: WebhookHeaders;
  /** The raw body exactly as received. */
  body: string;
  /** The current time (pass the clock in). */
  now: Date;
  /** Allowed distance between `webhook-timestamp` and `now`; default 300 (5 minutes). */
  toleranceSeconds?: number;
}
