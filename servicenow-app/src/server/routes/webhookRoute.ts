import { receiveWebhookSync } from '@helpdesk-verify/core-client/receiver';
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int';
import { certificateEncryptionHmac } from '../platform/certificateEncryptionHmac';
import { glideTaskNotes } from '../platform/glideTaskNotes';
import { glideVerificationRecords } from '../platform/glideVerificationRecords';
import { glideWebhookReceipts } from '../platform/glideWebhookReceipts';
import { nowIso } from '../platform/nowIso';
import { platformSettings } from '../platform/platformSettings';
import { createWebhookHost } from '../webhook/createWebhookHost';

/** The headers the receiver reads; the Scripted REST request hands them over one by one. */
const WEBHOOK_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'];

/**
 * `POST /api/x_hdv_verify/helpdesk_verify/webhook`: the service's signed `trust_check.*` webhooks,
 * through core-client's `receiveWebhookSync` (answers and status codes from its one table).
 * Unauthenticated on purpose (the Standard Webhooks signature is the authentication); the raw body
 * is read once from `request.body.dataString`.
 */
export function webhookRoute(request: RESTAPIRequest, response: RESTAPIResponse): void {
  const headers: { [name: string]: string } = {};
  for (let i = 0; i < WEBHOOK_HEADERS.length; i += 1) {
    const name = WEBHOOK_HEADERS[i] as string;
    const value = request.getHeader(name);
    if (value) headers[name] = String(value);
  }
  const host = createWebhookHost({
    secrets: () => platformSettings().webhookSecrets,
    hmac: certificateEncryptionHmac,
    now: () => new Date(nowIso()),
    receipts: glideWebhookReceipts(),
    records: glideVerificationRecords(),
    notes: glideTaskNotes(),
  });
  const answer = receiveWebhookSync(host, { method: 'POST', headers, body: String(request.body.dataString ?? '') });
  response.setStatus(answer.status);
  response.setContentType('application/json');
  response.setBody(answer.body as never);
}
