import type { Database } from '../src/kernel/database';
import { openPglite } from '../src/infrastructure/storage/openPglite';
import { openPostgres } from '../src/infrastructure/storage/openPostgres';
import { migrate } from '../src/infrastructure/storage/migrate';
import { createTestDatabaseUrl } from './createTestDatabaseUrl';

export type DatabaseKind = 'pglite' | 'postgres';

/** Both drivers, for `describe.each(DATABASE_KINDS)`: every storage test runs on each. */
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

/** A fresh, migrated, empty database of the given kind (PostgreSQL: a new database on the test cluster). */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  let db: Database;
  if (kind === 'pglite') {
    db = await openPglite();
  } else {
    db = await openPostgres({ url: await createTestDatabaseUrl(), maxConnections: 5 });
  }
  await migrate(db);
  return db;
}
