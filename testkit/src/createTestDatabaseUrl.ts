import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The test PostgreSQL cluster's `postgres` database, set by the jest globalSetup. */
export function testClusterUrl(): string {
  const base = process.env.HV_TEST_POSTGRES_URL;
  if (!base) throw new Error('HV_TEST_POSTGRES_URL is not set: the jest globalSetup starts PostgreSQL');
  return base;
}

/**
 * The URL of a new database on the test PostgreSQL cluster: empty (the service migrates it when it starts),
 * or a copy of `template`.
 */
export async function createTestDatabaseUrl(template?: string): Promise<string> {
  const name = `hv_${randomBytes(8).toString('hex')}`;
  const admin = new Client({ connectionString: testClusterUrl() });
  await admin.connect();
  try {
    await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testClusterUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
