/**
 * `@helpdesk-verify/core-client/node` — the Node-only parts (they import `node:crypto`), kept out
 * of the main entry so browser and Forge bundles never pull them in.
 */
export { nodeHmacSha256 } from './webhooks/nodeHmac';
export { generateWebhookSecret } from './webhooks/generateWebhookSecret';
