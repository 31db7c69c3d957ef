import type { Db, Tx } from '../../kernel/database';

/** Every column of `verification_events`, in table order. */
export const VERIFICATION_EVENT_COLUMNS = ['id', 'org_id', 'verification_id', 'status', 'detail', 'at'] as const;

/** A `verification_events` row (one timeline entry) as both drivers return it. */
export interface EventRow {
  verification_id: string;
  status: string;
  detail: string | null;
  at: Date;
  [key: string]: unknown;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertVerificationEvent(
  ctx: Db,
  input: Tx & { orgId: string; verificationId: string; status: string; detail: string | null; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'INSERT INTO verification_events (org_id, verification_id, status, detail, at) VALUES ($1, $2, $3, $4, $5)',
    [input.orgId, input.verificationId, input.status, input.detail, input.at],
  );
}

/** The timelines of several verifications of one organisation, oldest entry first. */
export async function findEventsOfVerifications(
  ctx: Db,
  input: Tx & { orgId: string; verificationIds: readonly string[] },
): Promise<EventRow[]> {
  return (input.tx ?? ctx.db).query<EventRow>(
    `SELECT ${VERIFICATION_EVENT_COLUMNS.join(', ')} FROM verification_events WHERE org_id = $1
      AND verification_id = ANY($2::text[]) ORDER BY id`,
    [input.orgId, input.verificationIds],
  );
}

/** Whether the employee already pressed "I did not request this" on the verification (its timeline says `reported`). */
export async function verificationWasReported(
  ctx: Db,
  input: Tx & { orgId: string; verificationId: string },
): Promise<boolean> {
  const rows = await (input.tx ?? ctx.db).query(
    `SELECT 1 FROM verification_events WHERE org_id = $1 AND verification_id = $2 AND status = 'reported' LIMIT 1`,
    [input.orgId, input.verificationId],
  );
  return rows.length > 0;
}
