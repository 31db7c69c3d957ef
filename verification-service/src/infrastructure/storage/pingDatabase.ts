import type { Queryable } from '../../kernel/database';

/** Sends the cheapest statement there is: resolves when the database answers, rejects with its error otherwise. */
export async function pingDatabase(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}
