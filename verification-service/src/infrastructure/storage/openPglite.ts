import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../kernel/database';
import { pgliteDatabase } from './pgliteDatabase';

/**
 * The embedded default: PostgreSQL in WASM on a directory on disk (or in memory when `dataDir`
 * is omitted). One process owns a directory at a time.
 */
export async function openPglite(options: { dataDir?: string } = {}): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return pgliteDatabase(options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create());
}
