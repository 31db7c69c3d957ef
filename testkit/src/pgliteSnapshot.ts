import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { migrate, pgliteDatabase } from '@helpdesk-verify/verification-service/storage';
import { testRunDir } from './testRunDir';

/** A builder that has held the lock this long has died (a build takes seconds, a minute or two on a loaded box). */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * The data directory of a migrated, empty PGlite as a tarball, made once per test run and shared by every suite:
 * loading it skips PGlite's initdb and the migrations, most of the cost of a fresh database. The first worker to
 * take the lock file makes it; the others wait for it.
 */
export async function migratedPgliteSnapshot(): Promise<Blob> {
  const file = join(testRunDir(), 'pglite-migrated.tar');
  const lock = `${file}.lock`;
  while (!existsSync(file)) {
    if (takeLock(lock)) {
      try {
        if (!existsSync(file)) await writeSnapshot(file);
      } finally {
        rmSync(lock, { force: true });
      }
    } else {
      await sleep(200);
    }
  }
  return new Blob([readFileSync(file)]);
}

function takeLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch {
    if (Date.now() - lockTime(lock) > STALE_LOCK_MS) rmSync(lock, { force: true });
    return false;
  }
}

function lockTime(lock: string): number {
  try {
    return statSync(lock).mtimeMs;
  } catch {
    return Date.now();
  }
}

async function writeSnapshot(file: string): Promise<void> {
  const pg = await PGlite.create();
  try {
    await migrate(pgliteDatabase(pg));
    const tarball = await pg.dumpDataDir('none');
    writeFileSync(`${file}.partial`, Buffer.from(await tarball.arrayBuffer()));
    renameSync(`${file}.partial`, file);
  } finally {
    await pg.close();
  }
}
