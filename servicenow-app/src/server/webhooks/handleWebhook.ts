import {
    formatVerificationResult,
    parseTrustCheckEvent,
    verifyWebhook,
    type HmacSha256Sync,
    type WebhookFailureReason,
    type WebhookHeaders,
} from '@helpdesk-verify/core-client'
import type { TaskNotes, VerificationRecords, WebhookReceipts } from '../ports'
import { mapEventToRecord } from './mapEventToRecord'

/** One webhook request as the Scripted REST route hands it over, and what processing it needs. */
export interface HandleWebhookInput {
    headers: WebhookHeaders
    /** The raw body (`request.body.dataString`), read once. */
    body: string
    /** `whsec_…` secrets from `x_hdv_verify.webhook_secret` (two during a rotation). */
    secrets: readonly string[]
    now: Date
    /** HMAC-SHA256, base64 key and result: `CertificateEncryption.generateMac` on the platform. */
    hmac: HmacSha256Sync
    receipts: WebhookReceipts
    records: VerificationRecords
    notes: TaskNotes
}

/** Why a webhook changed nothing. */
export type WebhookRefusal = WebhookFailureReason | 'not_configured' | 'invalid_event' | 'unknown_verification' | 'replayed'

/** The outcome, with the HTTP status the route answers. */
export type HandleWebhookResult =
    | { accepted: true; status: 200; verificationId: string; note: string }
    | { accepted: false; status: number; reason: WebhookRefusal }

const SIGNATURE_FAILURES: readonly WebhookFailureReason[] = ['missing_headers', 'invalid_timestamp', 'timestamp_too_old', 'timestamp_too_new', 'no_matching_signature']

/**
 * Processes a Standard Webhooks request from the verification service: checks the signature and
 * the timestamp with core-client's `verifyWebhook` over the platform HMAC, validates the payload,
 * refuses a `webhook-id` seen before (kept permanently), then updates the verification row and writes
 * the shared formatted result as a work note on its task.
 *
 * Forged or stale requests get 401, malformed payloads 400, unknown verifications 404: all change
 * nothing. A replay is answered 200 (so the sender stops retrying) and also changes nothing.
 */
export const handleWebhook = (input: HandleWebhookInput): HandleWebhookResult => {
    if (input.secrets.length === 0) return { accepted: false, status: 503, reason: 'not_configured' }
    const verified = verifyWebhook({ secrets: input.secrets, headers: input.headers, body: input.body, now: input.now }, input.hmac)
    if (!verified.verified) {
        return { accepted: false, status: SIGNATURE_FAILURES.includes(verified.reason) ? 401 : 400, reason: verified.reason }
    }
    const parsed = parseTrustCheckEvent(verified.payload)
    if (!parsed.valid) return { accepted: false, status: 400, reason: 'invalid_event' }
    const { event } = parsed
    const record = input.records.findByVerificationId(event.session_id)
    if (!record) return { accepted: false, status: 404, reason: 'unknown_verification' }
    const fresh = input.receipts.claim({
        webhookId: verified.id,
        eventType: event.event_type,
        verificationId: event.session_id,
        receivedAt: input.now.toISOString(),
    })
    if (!fresh) return { accepted: false, status: 200, reason: 'replayed' }
    input.records.update(event.session_id, mapEventToRecord(event))
    const note = formatVerificationResult(event).plainText
    input.notes.addWorkNote(record.task, note)
    return { accepted: true, status: 200, verificationId: event.session_id, note }
}
