import { PGlite } from '@electric-sql/pglite';
import { openPostgres, pgliteDatabase, type Database } from '@helpdesk-verify/verification-service/storage';
import { createMigratedTestDatabaseUrl } from './postgresTemplate';
import { migratedPgliteSnapshot } from './pgliteSnapshot';

export type DatabaseKind = 'pglite' | 'postgres';

/** Both drivers, for `describe.each(DATABASE_KINDS)`: every storage test runs on each. */
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

/**
 * A fresh, migrated, empty database of the given kind: an in-memory PGlite loaded from the run's migrated snapshot,
 * or a new PostgreSQL database on the test cluster copied from the run's migrated template.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') return pgliteDatabase(await PGlite.create({ loadDataDir: await migratedPgliteSnapshot() }));
  return openPostgres({ url: await createMigratedTestDatabaseUrl(), maxConnections: 5 });
}
