import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { certificateEncryptionHmac } from '../platform/certificateEncryptionHmac'
import { glideTaskNotes } from '../platform/glideTaskNotes'
import { glideVerificationRecords } from '../platform/glideVerificationRecords'
import { glideWebhookReceipts } from '../platform/glideWebhookReceipts'
import { nowIso } from '../platform/nowIso'
import { platformSettings } from '../platform/platformSettings'
import { handleWebhook } from '../webhooks/handleWebhook'

/**
 * `POST /api/x_hdv_verify/helpdesk_verify/webhook`: the service's signed `trust_check.*` webhooks.
 * Unauthenticated on purpose (the Standard Webhooks signature is the authentication); the raw body
 * is read once from `request.body.dataString`.
 */
export function webhookRoute(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const body = String(request.body.dataString ?? '')
    const headers: Record<string, string> = {}
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
        const value = request.getHeader(name)
        if (value) headers[name] = String(value)
    }
    const result = handleWebhook({
        headers,
        body,
        secrets: platformSettings().webhookSecrets,
        now: new Date(nowIso()),
        hmac: certificateEncryptionHmac,
        receipts: glideWebhookReceipts(),
        records: glideVerificationRecords(),
        notes: glideTaskNotes(),
    })
    response.setStatus(result.status)
    response.setContentType('application/json')
    response.setBody(
        (result.accepted ? { status: 'processed', verification_id: result.verificationId } : { status: 'refused', reason: result.reason }) as never,
    )
}
