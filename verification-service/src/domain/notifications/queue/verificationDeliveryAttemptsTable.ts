import type { Db, Tx } from '../../../kernel/database';

/** One try of a message, as the delivery log shows it. */
export interface DeliveryAttemptRow {
  delivery_id: string | number;
  attempted_at: Date;
  error: string | null;
  [key: string]: unknown;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertDeliveryAttempt(
  ctx: Db,
  input: Tx & { orgId: string; deliveryId: number; attemptedAt: Date; error: string | null },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'INSERT INTO verification_delivery_attempts (org_id, delivery_id, attempted_at, error) VALUES ($1, $2, $3, $4)',
    [input.orgId, input.deliveryId, input.attemptedAt, input.error],
  );
}

/** The tries of some messages, oldest first. */
export async function findAttemptsOfDeliveries(
  ctx: Db,
  input: Tx & { deliveryIds: (string | number)[] },
): Promise<DeliveryAttemptRow[]> {
  return (input.tx ?? ctx.db).query<DeliveryAttemptRow>(
    `SELECT delivery_id, attempted_at, error FROM verification_delivery_attempts
      WHERE delivery_id = ANY ($1::bigint[]) ORDER BY id`,
    [input.deliveryIds.map(String)],
  );
}
