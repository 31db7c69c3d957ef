import type { Database } from '../../kernel/database';
import { openPglite } from './openPglite';
import { openPostgres } from './openPostgres';
import { migrate } from './migrate';

/** Opens PostgreSQL when `url` is given, else PGlite in `dataDir`, and applies the migrations. */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  const db = options.url
    ? await openPostgres({ url: options.url })
    : await openPglite(options.dataDir ? { dataDir: options.dataDir } : {});
  await migrate(db);
  return db;
}
