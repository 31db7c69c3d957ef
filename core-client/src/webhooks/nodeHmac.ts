import { createHmac } from 'node:crypto';
import type { HmacSha256Sync } from './HmacSha256';

/** {@link HmacSha256Sync} over `node:crypto`. Exported only from `@helpdesk-verify/core-client/node`. */
export const nodeHmacSha256: HmacSha256Sync = (base64Key, message) =>
  createHmac('sha256', Buffer.from(base64Key, 'base64')).update(message, 'utf8').digest('base64');
