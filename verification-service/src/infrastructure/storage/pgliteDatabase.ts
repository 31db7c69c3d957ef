import type { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from '../../kernel/database';

/** The Database over an open PGlite instance; closing it closes the instance. */
export function pgliteDatabase(pg: PGlite): Database {
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  });
  const root = wrap(pg);
  return {
    driver: 'pglite',
    query: root.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}
