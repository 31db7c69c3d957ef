import type { WebhookReceipts } from '../ports';
import { glideDateTimeText } from './glideDateTimeText';
import { glideRecordOf } from './glideRecordOf';

/** The replay guard's table; `webhook_id` has a unique index. */
export const RECEIPT_TABLE = 'x_hdv_verify_webhook_receipt';

/**
 * `WebhookReceipts` over GlideRecord: a lookup, then an insert that the unique index refuses
 * (insert answers null) when a concurrent request claimed the same id first. `release` deletes the
 * receipt again, so a delivery whose result could not be written is applied on the retry.
 */
export const glideWebhookReceipts = (): WebhookReceipts => ({
  claim(receipt) {
    const existing = glideRecordOf(RECEIPT_TABLE);
    if (existing.get('webhook_id', receipt.webhookId)) return false;
    const gr = glideRecordOf(RECEIPT_TABLE);
    gr.initialize();
    gr.setValue('webhook_id', receipt.webhookId);
    gr.setValue('event_type', receipt.eventType);
    gr.setValue('verification_id', receipt.verificationId);
    gr.setValue('received_at', glideDateTimeText(receipt.receivedAt));
    return Boolean(gr.insert());
  },
  release(webhookId) {
    const gr = glideRecordOf(RECEIPT_TABLE);
    gr.addQuery('webhook_id', webhookId);
    gr.query();
    while (gr.next()) gr.deleteRecord();
  },
});
