import type { WebhookReceipts } from '../ports'
import { glideRecordOf } from './glideRecordOf'

/** The replay guard's table; `webhook_id` has a unique index. */
export const RECEIPT_TABLE = 'x_hdv_verify_webhook_receipt'

/**
 * `WebhookReceipts` over GlideRecord: a lookup, then an insert that the unique index refuses
 * (insert answers null) when a concurrent request claimed the same id first.
 */
export const glideWebhookReceipts = (): WebhookReceipts => ({
    claim(receipt) {
        const existing = glideRecordOf(RECEIPT_TABLE)
        if (existing.get('webhook_id', receipt.webhookId)) return false
        const gr = glideRecordOf(RECEIPT_TABLE)
        gr.initialize()
        gr.setValue('webhook_id', receipt.webhookId)
        gr.setValue('event_type', receipt.eventType)
        gr.setValue('verification_id', receipt.verificationId)
        gr.setValue('received_at', receipt.receivedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''))
        return Boolean(gr.insert())
    },
})
