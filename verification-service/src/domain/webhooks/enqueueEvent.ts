import { TrustCheckEvent, type EventType } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';

export interface EnqueueEventInput {
  orgId: string;
  eventType: EventType;
  verificationId: string | null;
  payload: TrustCheckEvent;
}

/**
 * The transactional outbox: records one event and one pending delivery, due now, for every enabled
 * endpoint of the organisation that subscribes to `eventType` (an empty `event_types` means all).
 * Call it with the transaction that makes the state change it reports, so both commit or neither.
 * The payload is checked against the contract (a `ZodError` for a malformed one). Returns the
 * message id: the `webhook-id` every attempt to every endpoint carries.
 */
export async function enqueueEvent(
  tx: Queryable,
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  input: EnqueueEventInput,
): Promise<string> {
  if (input.payload.event_type !== input.eventType) {
    throw new TypeError(`payload.event_type must be ${input.eventType}, got ${input.payload.event_type}`);
  }
  const payload = TrustCheckEvent.parse(input.payload);
  const messageId = ctx.newId('msg');
  const now = ctx.clock.now();
  await tx.query(
    `INSERT INTO webhook_messages (id, org_id, event_type, verification_id, payload, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [messageId, input.orgId, input.eventType, input.verificationId, JSON.stringify(payload), now],
  );
  // KEY SHARE: an endpoint deleted meanwhile waits for this transaction instead of failing it.
  const endpoints = await tx.query<{ id: string }>(
    `SELECT id FROM webhook_endpoints
     WHERE org_id = $1 AND enabled AND (cardinality(event_types) = 0 OR $2 = ANY (event_types))
     ORDER BY created_at, id
     FOR KEY SHARE`,
    [input.orgId, input.eventType],
  );
  for (const endpoint of endpoints) {
    await tx.query(
      `INSERT INTO webhook_deliveries (id, org_id, message_id, endpoint_id, status, next_attempt_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'pending', $5, $5, $5)`,
      [ctx.newId('dlv'), input.orgId, messageId, endpoint.id, now],
    );
  }
  return messageId;
}
