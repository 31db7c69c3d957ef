import type { Queryable } from '../../kernel/database';

/** Whether the employee already pressed "I did not request this" on this verification (its timeline says `reported`). */
export async function reportNotRequestedBefore(db: Queryable, v: { orgId: string; id: string }): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM verification_events WHERE org_id = $1 AND verification_id = $2 AND status = 'reported' LIMIT 1`,
    [v.orgId, v.id],
  );
  return rows.length > 0;
}
