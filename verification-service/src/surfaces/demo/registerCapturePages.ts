import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../kernel/clock';
import type { Logger } from '../../kernel/logger';
import type { LocalOutbox } from '../../infrastructure/messaging/capture/createLocalOutbox';
import { registerOutboxPage } from './outbox/registerOutboxPage';
import { createDemoWebhookInbox } from './createDemoWebhookInbox';
import { registerDemoWebhookInbox } from './registerDemoWebhookInbox';

/** The settings that decide whether the capture pages are served, as the configuration holds them. */
export interface CaptureSettings {
  demo: boolean;
  smtpUrl: string | null;
  twilio: object | null;
  dataDir: string;
}

/**
 * Whether the development capture pages may be served: only in the demo mode (`HV_DEMO=true`) with
 * no real sender at all. They show live verification links and phone codes, so never beside a real
 * SMTP server or SMS provider, whose messages reach people.
 */
export const servesCapturePages = (config: Pick<CaptureSettings, 'demo' | 'smtpUrl' | 'twilio'>): boolean =>
  config.demo && !config.smtpUrl && !config.twilio;

/**
 * Adds the development capture pages when {@link servesCapturePages}: `/dev/outbox` (captured mail
 * and SMS) and `/dev/webhooks` (the demo organisation's signed webhooks, verified like a ticketing
 * app does). Otherwise says in the log where captured messages go and why the pages are off.
 */
export async function registerCapturePages(
  http: FastifyInstance,
  input: {
    config: CaptureSettings;
    /** The demo's credentials file, whose webhook secret signs what the demo inbox receives. */
    demoCredentialsFile: string;
    outbox: LocalOutbox | null;
    clock: Clock;
    logger: Logger;
  },
): Promise<void> {
  const { config, outbox, logger } = input;
  if (!servesCapturePages(config)) {
    if (outbox)
      logger.warn(
        { dir: outbox.dir, email: config.smtpUrl ? 'sent' : 'captured', sms: config.twilio ? 'sent' : 'captured' },
        'messages without a configured sender are captured to disk; /dev/outbox is served only with HV_DEMO=true and no real sender',
      );
    else if (config.demo)
      logger.warn({}, 'HV_DEMO with a real sender: the capture pages (/dev/outbox, /dev/webhooks) are off');
    return;
  }
  if (outbox) registerOutboxPage(http, { outbox });
  const credentials = input.demoCredentialsFile;
  const inbox = createDemoWebhookInbox({
    file: join(config.dataDir, 'demo-webhooks.jsonl'),
    secrets: () =>
      existsSync(credentials)
        ? [(JSON.parse(readFileSync(credentials, 'utf8')) as { webhookSecret: string }).webhookSecret]
        : [],
    now: () => input.clock.now(),
  });
  await registerDemoWebhookInbox(http, inbox);
}
