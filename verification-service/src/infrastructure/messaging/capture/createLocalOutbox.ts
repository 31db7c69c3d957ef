import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Channel } from '@helpdesk-verify/core-client/schemas';
import { systemClock, type Clock } from '../../../kernel/clock';
import { randomBase62 } from '../../../kernel/ids';
import { extractLinks } from './extractLinks';

/** A message the service would have sent, as the outbox keeps it (one JSON file each). */
export interface CapturedMessage {
  /** `out_<16 digits: epoch ms and a sequence>_<8 random>`; ids sort like the messages' times. */
  id: string;
  channel: Channel;
  to: string;
  subject?: string;
  text: string;
  html?: string;
  /** The http(s) links in `text`, for whoever clicks through (see `extractLinks`). */
  links: string[];
  /** ISO 8601 UTC. */
  createdAt: string;
}

/** What a capturing sender hands to the outbox. */
export interface OutboxEntry {
  channel: Channel;
  to: string;
  subject?: string;
  text: string;
  html?: string;
}

/** Messages captured instead of sent, kept in a directory that other processes can read. */
export interface LocalOutbox {
  readonly dir: string;
  record(message: OutboxEntry): Promise<CapturedMessage>;
  /** Newest first; `limit` defaults to 50. */
  list(options?: { limit?: number }): Promise<CapturedMessage[]>;
  /** The message with `id`, or undefined when there is none (or `id` is not an outbox id). */
  get(id: string): Promise<CapturedMessage | undefined>;
}

const ID_PATTERN = /^out_\d{16}_[0-9A-Za-z]{8}$/;
const FILE_PATTERN = /^out_\d{16}_[0-9A-Za-z]{8}\.json$/;
const DEFAULT_LIMIT = 50;

/**
 * A local outbox in `dir` for development and tests: each message is one JSON file, written to a
 * temporary file and renamed into place, so a reader in another process (the `outbox` CLI) never
 * sees half a message. Files are readable by their owner only: they hold live verification links.
 */
export function createLocalOutbox(options: { dir: string; clock?: Clock }): LocalOutbox {
  const { dir, clock = systemClock } = options;
  let lastMs = -1;
  let sequence = 0;

  function nextId(at: Date): string {
    const ms = at.getTime();
    sequence = ms === lastMs ? Math.min(sequence + 1, 999) : 0;
    lastMs = ms;
    return `out_${String(ms).padStart(13, '0')}${String(sequence).padStart(3, '0')}_${randomBase62(8)}`;
  }

  async function read(file: string): Promise<CapturedMessage | undefined> {
    let raw: string;
    try {
      raw = await readFile(join(dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return parseCaptured(JSON.parse(raw));
    } catch {
      return undefined; // not one of ours, or edited by hand: the outbox shows what it can read
    }
  }

  return {
    dir,
    async record(entry) {
      if (entry.channel !== 'email' && entry.channel !== 'sms') {
        throw new TypeError(`outbox channel must be "email" or "sms", got ${JSON.stringify(entry.channel)}`);
      }
      const createdAt = clock.now();
      const message: CapturedMessage = {
        id: nextId(createdAt),
        channel: entry.channel,
        to: entry.to,
        ...(entry.subject !== undefined ? { subject: entry.subject } : {}),
        text: entry.text,
        ...(entry.html !== undefined ? { html: entry.html } : {}),
        links: extractLinks(entry.text),
        createdAt: createdAt.toISOString(),
      };
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const temp = join(dir, `.${message.id}.${randomBase62(8)}.tmp`);
      try {
        await writeFile(temp, `${JSON.stringify(message, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
        await rename(temp, join(dir, `${message.id}.json`));
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return message;
    },
    async list(listOptions = {}) {
      const limit = listOptions.limit ?? DEFAULT_LIMIT;
      if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`limit must be a positive integer, got ${limit}`);
      let files: string[];
      try {
        files = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const newest = files
        .filter((file) => FILE_PATTERN.test(file))
        .sort()
        .reverse();
      const messages: CapturedMessage[] = [];
      for (const file of newest) {
        const message = await read(file);
        if (message) messages.push(message);
        if (messages.length === limit) break;
      }
      return messages;
    },
    async get(id) {
      return ID_PATTERN.test(id) ? read(`${id}.json`) : undefined;
    },
  };
}

function parseCaptured(value: unknown): CapturedMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  const ok =
    typeof m.id === 'string' &&
    ID_PATTERN.test(m.id) &&
    (m.channel === 'email' || m.channel === 'sms') &&
    typeof m.to === 'string' &&
    typeof m.text === 'string' &&
    typeof m.createdAt === 'string' &&
    optionalString(m.subject) &&
    optionalString(m.html) &&
    Array.isArray(m.links) &&
    m.links.every((link) => typeof link === 'string');
  return ok ? (m as unknown as CapturedMessage) : undefined;
}
