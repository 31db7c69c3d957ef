import type { Channel, ContactChoice } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { MessageKind, OutboundMessage } from './OutboundMessage';

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
  tx: Queryable,
  ctx: Pick<AppContext, 'clock' | 'key'>,
  input: EnqueueMessageInput,
): Promise<number> {
  const now = ctx.clock.now();
  const channel: Channel = input.message.channel;
  const [row] = await tx.query<{ id: string | number }>(
    `INSERT INTO verification_deliveries
       (org_id, verification_id, kind, channel, contact, destination, status, error, sealed_message, next_attempt_at, expires_at, sent_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'queued', NULL, $7, $8, $9, $8, $8) RETURNING id`,
    [
      input.orgId,
      input.verificationId,
      input.kind,
      channel,
      input.contact,
      input.destination,
      ctx.key.encrypt(JSON.stringify(input.message)),
      now,
      input.expiresAt,
    ],
  );
  if (!row) throw new Error('the message outbox returned no row');
  return Number(row.id);
}
