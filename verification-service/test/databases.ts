import { Client } from 'pg';
import { randomBase62 } from '../src/platform/ids';
import type { Database } from '../src/storage/database';
import { openPglite } from '../src/storage/openPglite';
import { openPostgres } from '../src/storage/openPostgres';
import { migrate } from '../src/storage/migrate';

export type DatabaseKind = 'pglite' | 'postgres';

/** Both drivers, for `describe.each(DATABASE_KINDS)`: every storage test runs on each. */
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

/** A fresh, migrated, empty database of the given kind (PostgreSQL: a new database on the test cluster). */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  let db: Database;
  if (kind === 'pglite') {
    db = await openPglite();
  } else {
    const base = process.env.HV_TEST_POSTGRES_URL;
    if (!base) throw new Error('HV_TEST_POSTGRES_URL is not set: the jest globalSetup starts PostgreSQL');
    const name = `hv_${randomBase62(12).toLowerCase()}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    db = await openPostgres({ url: url.toString(), maxConnections: 5 });
  }
  await migrate(db);
  return db;
}
