import { Pool, types } from 'pg';
import type { Database, Queryable, Row } from '../../kernel/database';

// int8 (count(*), bigserial) as a JS number like PGlite; our counts stay far below 2^53.
types.setTypeParser(types.builtins.INT8, (v) => Number(v));

/** A real PostgreSQL server through a connection pool (`DATABASE_URL=postgres://…`). */
export async function openPostgres(options: { url: string; maxConnections?: number }): Promise<Database> {
  const pool = new Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // Fail at start rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const query = async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
    (await pool.query<T>(sql, params as unknown[])).rows;
  return {
    driver: 'postgres',
    query,
    async transaction(fn) {
      const client = await pool.connect();
      const tx: Queryable = {
        query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query<T>(sql, params as unknown[])).rows,
      };
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
