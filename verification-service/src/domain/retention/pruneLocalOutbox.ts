import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../../kernel/clock';

/** How long captured mail and SMS (with live links and codes) stay in the local outbox. */
export const OUTBOX_TTL_MS = 7 * 86_400_000;

/** Outbox files are `out_<13-digit epoch ms><3-digit sequence>_<8 random>.json`. */
const FILE = /^out_(\d{13})\d{3}_[0-9A-Za-z]{8}\.json$/;

/** Deletes captured messages older than 7 days from the local outbox directory; returns how many. */
export async function pruneLocalOutbox(input: { dir: string; clock: Clock }): Promise<number> {
  let files: string[];
  try {
    files = await readdir(input.dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const before = input.clock.now().getTime() - OUTBOX_TTL_MS;
  let removed = 0;
  for (const file of files) {
    const ms = FILE.exec(file)?.[1];
    if (ms === undefined || Number(ms) >= before) continue;
    await rm(join(input.dir, file), { force: true });
    removed++;
  }
  return removed;
}
