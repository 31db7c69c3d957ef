import type { KeyValueStore } from '../AppDeps';
import { webhookIdKey } from './claimWebhookId';

/** Forgets a claimed `webhook-id` after applying its event failed, so the service's retry is applied. */
export const releaseWebhookId = async (kvs: KeyValueStore, webhookId: string): Promise<void> => {
  await kvs.delete(webhookIdKey(webhookId));
};
