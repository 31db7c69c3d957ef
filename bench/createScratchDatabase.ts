import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A new, empty database `hv_bench_<random>` on the PostgreSQL server of `serverUrl`, so the bench
 * never writes into the database the URL names. `drop` removes it (and closes its connections).
 */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hv_bench_${randomBytes(6).toString('hex')}`;
  const admin = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
