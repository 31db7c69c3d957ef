import { Client } from 'pg';
import { randomBase62 } from '../src/kernel/ids';

/** The URL of a new, empty database on the test PostgreSQL cluster (the service migrates it when it starts). */
export async function createTestDatabaseUrl(): Promise<string> {
  const base = process.env.HV_TEST_POSTGRES_URL;
  if (!base) throw new Error('HV_TEST_POSTGRES_URL is not set: the jest globalSetup starts PostgreSQL');
  const name = `hv_${randomBase62(12).toLowerCase()}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
