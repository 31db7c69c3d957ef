import type { TicketSystem } from '../schemas/verifications';
import type { TrustCheckEvent } from '../schemas/webhooks';
import type { HmacSha256Async, HmacSha256Sync } from '../webhooks/HmacSha256';
import type { WebhookHeaders } from '../webhooks/WebhookVerificationResult';

/** A webhook request as any host hands it over: the method, headers in any case, the raw body. */
export interface WebhookRequest {
  method: string;
  headers: WebhookHeaders;
  /** The body exactly as received (the signature covers these bytes). */
  body: string;
}

/** What applying an event to a ticket came to. Throwing instead means a transient failure. */
export type ApplyResult = { result: 'applied'; detail?: string } | { result: 'ignored'; detail: string };

/** How a host validates a verified payload: `parseTrustCheckEvent` (zod) or `checkTrustCheckEvent` (zod-free). */
export type ParseEvent = (payload: unknown) => { valid: true; event: TrustCheckEvent } | { valid: false };

type MaybePromise<T> = T | PromiseLike<T>;

/** The members every host supplies, whatever its I/O. */
interface ReceiverHostBase {
  /** The ticketing system this app writes to; events for another system are acknowledged and ignored. */
  system: TicketSystem;
  now(): Date;
  parseEvent: ParseEvent;
}

/**
 * A host whose platform calls are synchronous (ServiceNow: GlideRecord, `CertificateEncryption`).
 * `claim` records a `webhook-id` permanently and answers false when it was there already;
 * `release` forgets it again when `apply` threw.
 */
export interface SyncReceiverHost extends ReceiverHostBase {
  /** The `whsec_…` secrets accepted now (two during a rotation); none means not configured. */
  secrets(): readonly string[];
  hmac: HmacSha256Sync;
  claim(webhookId: string, event: TrustCheckEvent): boolean;
  release(webhookId: string): void;
  apply(event: TrustCheckEvent, webhookId: string): ApplyResult;
}

/** A host whose platform calls may be asynchronous (Forge, Node). Same contract as {@link SyncReceiverHost}. */
export interface AsyncReceiverHost extends ReceiverHostBase {
  secrets(): MaybePromise<readonly string[]>;
  hmac: HmacSha256Async | HmacSha256Sync;
  claim(webhookId: string, event: TrustCheckEvent): MaybePromise<boolean>;
  release(webhookId: string): MaybePromise<void>;
  apply(event: TrustCheckEvent, webhookId: string): MaybePromise<ApplyResult>;
}
