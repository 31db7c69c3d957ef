import { checkTrustCheckEvent } from '@helpdesk-verify/core-client/receiver';
import type { HmacSha256Sync, SyncReceiverHost } from '@helpdesk-verify/core-client/receiver';
import type { TaskNotes, VerificationRecords, WebhookReceipts } from '../ports';
import { applyTrustCheckEvent } from './applyTrustCheckEvent';

/** What the ServiceNow receiver host is made of: the platform (or memory) ports and the clock. */
export interface WebhookHostPorts {
  /** `whsec_…` secrets from `x_hdv_verify.webhook_secret` (two during a rotation). */
  secrets: () => readonly string[];
  /** HMAC-SHA256 over base64 key and result: `CertificateEncryption.generateMac` on the platform. */
  hmac: HmacSha256Sync;
  now: () => Date;
  receipts: WebhookReceipts;
  records: VerificationRecords;
  notes: TaskNotes;
}

/**
 * The ServiceNow host of core-client's `receiveWebhookSync`: the payload is checked by the zod-free
 * `checkTrustCheckEvent`, the `webhook-id` is claimed in (and released from) the receipt table,
 * and applying writes the verification row and the task's work note.
 */
export const createWebhookHost = (ports: WebhookHostPorts): SyncReceiverHost => ({
  system: 'servicenow',
  now: ports.now,
  parseEvent: checkTrustCheckEvent,
  secrets: ports.secrets,
  hmac: ports.hmac,
  claim: (webhookId, event) =>
    ports.receipts.claim({
      webhookId,
      eventType: event.event_type,
      verificationId: event.session_id,
      receivedAt: ports.now().toISOString(),
    }),
  release: (webhookId) => ports.receipts.release(webhookId),
  apply: (event) => applyTrustCheckEvent(event, ports),
});
