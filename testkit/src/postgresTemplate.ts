import { Client } from 'pg';
import { migrate, openPostgres } from '@helpdesk-verify/verification-service/storage';
import { createTestDatabaseUrl, testClusterUrl } from './createTestDatabaseUrl';

const TEMPLATE = 'hv_migrated_template';

/**
 * The URL of a new database on the test PostgreSQL cluster with every migration applied: a copy of a template
 * database migrated once per run (the cluster lives for one run), instead of migrating each database.
 */
export async function createMigratedTestDatabaseUrl(): Promise<string> {
  const admin = new Client({ connectionString: testClusterUrl() });
  await admin.connect();
  try {
    await ensureMigratedTemplate(admin);
    return await createTestDatabaseUrl(TEMPLATE);
  } finally {
    await admin.end();
  }
}

/** Makes the template under an advisory lock, so concurrent workers make it once. */
async function ensureMigratedTemplate(admin: Client): Promise<void> {
  await admin.query('SELECT pg_advisory_lock(727275)');
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (found.rowCount) return;
    const building = `${TEMPLATE}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(testClusterUrl());
    url.pathname = `/${building}`;
    const db = await openPostgres({ url: url.toString(), maxConnections: 1 });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    // The rename waits for the migration's connection to go: a template must have no sessions when copied.
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${TEMPLATE}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727275)');
  }
}
