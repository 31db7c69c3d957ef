import { setTimeout as sleep } from 'node:timers/promises';
import { createLocalOutbox, type CapturedMessage } from '../../infrastructure/messaging/capture/createLocalOutbox';
import { describeCapturedMessage } from '../../surfaces/demo/outbox/describeCapturedMessage';
import { extractCodes } from '../../infrastructure/messaging/capture/extractCodes';
import { formatCapturedTime } from '../../surfaces/demo/outbox/formatCapturedTime';

const USAGE = `Usage: helpdesk-verify outbox [--limit N] [--follow] [--once]
Shows the emails and SMS the service captured in its local outbox, oldest to newest.
  --limit N, -n N  how many of the latest messages to show (default 10)
  --follow, -f     keep watching and print new messages as they arrive (Ctrl-C stops)
  --once           print once and exit, even with --follow`;

/** How the CLI entry point runs `outbox`; `signal` ends `--follow` (the entry point aborts it on SIGINT). */
export interface OutboxCommandOptions {
  /** The outbox directory the service writes to. */
  dir: string;
  args: readonly string[];
  print: (line: string) => void;
  signal?: AbortSignal;
  /** How often `--follow` looks for new messages; defaults to 1000 ms. */
  pollIntervalMs?: number;
}

type Parsed = { help: true } | { help: false; limit: number; follow: boolean } | { error: string };

/**
 * `helpdesk-verify outbox`: prints the latest captured messages with their channel, recipient,
 * subject (or first line), any six-digit code and the links; with `--follow`, keeps printing new
 * ones every second. Reads the outbox directory, not the database, so it works beside a running
 * service. Resolves to the exit code.
 */
export async function outboxCommand(options: OutboxCommandOptions): Promise<number> {
  const { dir, print, signal, pollIntervalMs = 1000 } = options;
  const parsed = parseArgs(options.args);
  if ('error' in parsed) {
    print(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    print(USAGE);
    return 0;
  }
  const outbox = createLocalOutbox({ dir });
  const latest = await outbox.list({ limit: parsed.limit });
  if (latest.length === 0) print(`No messages in ${dir} yet.`);
  for (const message of [...latest].reverse()) print(formatMessage(message));
  if (!parsed.follow) return 0;

  print(`Watching ${dir} for new messages (Ctrl-C to stop)...`);
  let seen = new Set((await outbox.list({ limit: 100 })).map((m) => m.id));
  while (!signal?.aborted) {
    try {
      await sleep(pollIntervalMs, undefined, signal ? { signal } : {});
    } catch {
      break; // aborted
    }
    const listing = await outbox.list({ limit: 100 });
    for (const message of listing.filter((m) => !seen.has(m.id)).reverse()) print(formatMessage(message));
    seen = new Set(listing.map((m) => m.id));
  }
  return 0;
}

function parseArgs(args: readonly string[]): Parsed {
  let limit = 10;
  let follow = false;
  let once = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg === '--follow' || arg === '-f') follow = true;
    else if (arg === '--once') once = true;
    else if (arg === '--limit' || arg === '-n' || arg.startsWith('--limit=')) {
      const value = arg.startsWith('--limit=') ? arg.slice('--limit='.length) : args[++i];
      const n = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || n < 1 || n > 1000) {
        return { error: `--limit needs a whole number from 1 to 1000, got ${JSON.stringify(value ?? '')}` };
      }
      limit = n;
    } else return { error: `Unknown option ${JSON.stringify(arg)}` };
  }
  return { help: false, limit, follow: follow && !once };
}

function formatMessage(message: CapturedMessage): string {
  const lines = [`${formatCapturedTime(message.createdAt)}  ${message.channel.toUpperCase()}  to ${message.to}`];
  lines.push(
    message.channel === 'email'
      ? `  Subject: ${message.subject ?? ''}`
      : `  Text:    ${describeCapturedMessage({ text: message.text })}`,
  );
  const codes = extractCodes(`${message.subject ?? ''}\n${message.text}`);
  if (codes.length) lines.push(`  Code:    ${codes.join(' ')}`);
  for (const link of message.links) lines.push(`  Link:    ${link}`);
  lines.push(`  Id:      ${message.id}`, '');
  return lines.join('\n');
}
