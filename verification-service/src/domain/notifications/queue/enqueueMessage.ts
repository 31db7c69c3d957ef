import type { ContactChoice } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { MessageKind, OutboundMessage } from './OutboundMessage';
import { insertQueuedDelivery } from './verificationDeliveriesTable';

/** One message to queue with the state change that makes it. */
export interface EnqueueMessageInput {
  orgId: string;
  verificationId: string;
  kind: MessageKind;
  contact: ContactChoice;
  /** The recipient masked for the delivery log, e.g. `d•••@acme.example`. */
  destination: string;
  message: OutboundMessage;
  /** After this the message is useless (the link or code expired): it is no longer tried. */
  expiresAt: Date;
}

/**
 * The message outbox: queues one email or SMS, due now, in `tx`, the transaction that makes the link
 * or code it carries, so both commit or neither and a crash after the commit cannot lose it. The
 * message is sealed with the service key (it holds a live link or code) and erased once sent or given
 * up. Returns the delivery id; the message dispatcher sends it (see `deliverDueMessages`).
 */
export async function enqueueMessage(
  ctx: Pick<AppContext, 'db' | 'clock' | 'key'>,
  input: EnqueueMessageInput & { tx?: Queryable },
): Promise<number> {
  return insertQueuedDelivery(ctx, {
    ...(input.tx ? { tx: input.tx } : {}),
    orgId: input.orgId,
    verificationId: input.verificationId,
    kind: input.kind,
    channel: input.message.channel,
    contact: input.contact,
    destination: input.destination,
    sealedMessage: ctx.key.encrypt(JSON.stringify(input.message)),
    expiresAt: input.expiresAt,
    at: ctx.clock.now(),
  });
}
