import type { KeyValueStore } from '../AppDeps';

/** Whether the comment of one delivery is on the issue already, kept across the service's retries. */
export interface CommentProgress {
  commented(): Promise<boolean>;
  markCommented(): Promise<void>;
}

/**
 * The comment step of a `webhook-id`, recorded in kvs once the comment is on the issue: when Jira then fails
 * on the property, the claim is released and the retry writes the property without a second comment.
 */
export const commentProgress = (kvs: KeyValueStore, webhookId: string): CommentProgress => {
  const key = `webhook-comment:${webhookId}`;
  return {
    commented: async () => (await kvs.get(key)) !== undefined,
    markCommented: () => kvs.set(key, { commented: true }),
  };
};
