import type { Queryable } from '../../src/kernel/database';

/** Every table of the public schema: its row count and a digest of all its rows. */
export type TableSnapshot = Record<string, { rows: number; digest: string }>;

/**
 * Reads the row count and an MD5 over the sorted text of every row of every table in the public
 * schema, so `expect(after).toEqual(before)` proves that nothing was inserted, deleted or updated
 * (and a failing diff names the table that changed).
 */
export async function snapshotTables(db: Queryable): Promise<TableSnapshot> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const snapshot: TableSnapshot = {};
  for (const { table_name: name } of tables) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const [row] = await db.query<{ rows: number; digest: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM public.${quoted} t`,
    );
    snapshot[name] = { rows: row?.rows ?? 0, digest: row?.digest ?? '' };
  }
  return snapshot;
}
