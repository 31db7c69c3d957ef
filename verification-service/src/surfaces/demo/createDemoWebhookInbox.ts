import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseTrustCheckEvent, verifyWebhook, type WebhookHeaders } from '@helpdesk-verify/core-client/webhooks';
import { formatVerificationResult } from '@helpdesk-verify/core-client/format';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';

/** One webhook the demo receiver accepted. */
export interface ReceivedWebhook {
  id: string;
  receivedAt: string;
  eventType: string;
  verificationId: string;
  headline: string;
  plainText: string;
}

export type ReceiveOutcome =
  { accepted: true; duplicate: boolean } | { accepted: false; status: 400 | 401; reason: string };

/**
 * The demo's stand-in for a ticketing app: it verifies each Standard Webhooks signature and
 * timestamp, ignores a replayed webhook-id (ids are kept on disk, not for five minutes: retries run
 * for more than a day), and keeps the formatted ticket text to show.
 */
export function createDemoWebhookInbox(input: { file: string; secrets: () => readonly string[]; now: () => Date }) {
  mkdirSync(dirname(input.file), { recursive: true });
  const load = (): ReceivedWebhook[] =>
    existsSync(input.file)
      ? readFileSync(input.file, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as ReceivedWebhook)
      : [];
  return {
    list: (): ReceivedWebhook[] => load().reverse(),
    receive(headers: WebhookHeaders, body: string): ReceiveOutcome {
      const checked = verifyWebhook({ secrets: input.secrets(), headers, body, now: input.now() }, nodeHmacSha256);
      if (!checked.verified)
        return { accepted: false, status: checked.reason === 'invalid_payload' ? 400 : 401, reason: checked.reason };
      if (load().some((w) => w.id === checked.id)) return { accepted: true, duplicate: true };
      const event = parseTrustCheckEvent(checked.payload);
      if (!event.valid) return { accepted: false, status: 400, reason: 'not a trust_check event' };
      const formatted = formatVerificationResult(event.event);
      const entry: ReceivedWebhook = {
        id: checked.id,
        receivedAt: input.now().toISOString(),
        eventType: event.event.event_type,
        verificationId: event.event.session_id,
        headline: formatted.headline,
        plainText: formatted.plainText,
      };
      appendFileSync(input.file, JSON.stringify(entry) + '\n');
      return { accepted: true, duplicate: false };
    },
  };
}

export type DemoWebhookInbox = ReturnType<typeof createDemoWebhookInbox>;
