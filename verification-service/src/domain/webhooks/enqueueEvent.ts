import { TrustCheckEvent, type EventType } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { insertWebhookDelivery } from './webhookDeliveriesTable';
import { shareSubscribedEndpointIds } from './webhookEndpointsTable';
import { insertWebhookMessage } from './webhookMessagesTable';

export interface EnqueueEventInput {
  tx?: Queryable;
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
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: EnqueueEventInput,
): Promise<string> {
  if (input.payload.event_type !== input.eventType) {
    throw new TypeError(`payload.event_type must be ${input.eventType}, got ${input.payload.event_type}`);
  }
  const payload = TrustCheckEvent.parse(input.payload);
  const messageId = ctx.newId('msg');
  const now = ctx.clock.now();
  const tx = input.tx ?? ctx.db;
  await insertWebhookMessage(ctx, {
    tx,
    id: messageId,
    orgId: input.orgId,
    eventType: input.eventType,
    verificationId: input.verificationId,
    payload,
    at: now,
  });
  for (const endpointId of await shareSubscribedEndpointIds(ctx, {
    tx,
    orgId: input.orgId,
    eventType: input.eventType,
  })) {
    await insertWebhookDelivery(ctx, {
      tx,
      id: ctx.newId('dlv'),
      orgId: input.orgId,
      messageId,
      endpointId,
      automaticRetries: true,
      at: now,
    });
  }
  return messageId;
}
