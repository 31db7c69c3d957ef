import type { EventType, TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertWebhookMessage(
  ctx: Db,
  input: Tx & {
    id: string;
    orgId: string;
    eventType: EventType;
    verificationId: string | null;
    payload: TrustCheckEvent;
    at: Date;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO webhook_messages (id, org_id, event_type, verification_id, payload, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [input.id, input.orgId, input.eventType, input.verificationId, JSON.stringify(input.payload), input.at],
  );
}

export async function deleteWebhookMessagesOfVerifications(
  ctx: Db,
  input: Tx & { orgId: string; verificationIds: string[] },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'DELETE FROM webhook_messages WHERE org_id = $1 AND verification_id = ANY ($2::text[])',
    [input.orgId, input.verificationIds],
  );
}
