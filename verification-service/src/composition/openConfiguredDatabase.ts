import { join } from 'node:path';
import type { Database } from '../kernel/database';
import { openDatabase } from '../infrastructure/storage/openDatabase';
import type { Config } from './loadConfig';

/** The database the configuration names: PostgreSQL at `DATABASE_URL`, else PGlite under `HV_DATA_DIR/pglite`. Migrated. */
export function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: join(config.dataDir, 'pglite') });
}
