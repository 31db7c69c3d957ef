import type { KeyValueStore } from '../AppDeps';

/** kvs key of a seen `webhook-id`. Kept without TTL: the service retries for more than a day. */
export const webhookIdKey = (webhookId: string): string => `webhook-id:${webhookId}`;

/**
 * Records `webhookId` as seen, atomically (`FAIL_IF_EXISTS`). Resolves false when it was seen before (a replay
 * or a retry of a delivery already processed). The caller releases the claim if processing fails.
 */
export const claimWebhookId = async (kvs: KeyValueStore, webhookId: string, at: Date): Promise<boolean> => {
  const key = webhookIdKey(webhookId);
  try {
    await kvs.set(key, { receivedAt: at.toISOString() }, { keyPolicy: 'FAIL_IF_EXISTS' });
    return true;
  } catch (error) {
    // FAIL_IF_EXISTS rejects when the key exists; anything else (storage down) must not look like a replay.
    if ((await kvs.get(key)) !== undefined) return false;
    throw error;
  }
};
