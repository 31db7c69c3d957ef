import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SERVICE_DIR = resolve(__dirname, '../../..');
const CONSOLE_DIR = join(SERVICE_DIR, 'console');
/** Where vite writes the console and where createApp reads it from. */
export const CONSOLE_BUILD_DIR = join(SERVICE_DIR, 'dist/console-app');
const LOCK_DIR = join(SERVICE_DIR, 'dist/.console-build.lock');

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stat = statSync(full);
    newest = Math.max(newest, stat.isDirectory() ? newestSourceMtime(full) : stat.mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const index = join(CONSOLE_BUILD_DIR, 'index.html');
  if (!existsSync(index)) return false;
  const sources = Math.max(
    newestSourceMtime(join(CONSOLE_DIR, 'src')),
    statSync(join(CONSOLE_DIR, 'index.html')).mtimeMs,
    newestSourceMtime(resolve(SERVICE_DIR, '../core-client/src')),
  );
  return statSync(index).mtimeMs >= sources;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Builds the console with vite when dist/console-app is missing or older than its sources (or
 * core-client's, which it bundles). Jest workers may ask at once: a lock directory lets one build
 * while the others wait, so nobody reads a half-emptied output directory.
 */
export async function ensureConsoleBuilt(): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (isFresh()) return;
    mkdirSync(join(SERVICE_DIR, 'dist'), { recursive: true });
    let locked = false;
    try {
      mkdirSync(LOCK_DIR);
      locked = true;
    } catch {
      // Someone else builds; a lock older than 3 minutes is left over from a killed run.
      if (existsSync(LOCK_DIR) && Date.now() - statSync(LOCK_DIR).mtimeMs > 180_000) rmdirSync(LOCK_DIR);
    }
    if (locked) {
      try {
        if (!isFresh()) {
          execFileSync(
            join(SERVICE_DIR, '../node_modules/.bin/vite'),
            ['build', '--config', 'console/vite.config.mjs'],
            { cwd: SERVICE_DIR, stdio: 'pipe' },
          );
        }
        return;
      } finally {
        rmdirSync(LOCK_DIR);
      }
    }
    if (Date.now() > deadline) throw new Error('Timed out waiting for another process to build the console');
    await sleep(500);
  }
}
