import type { Channel } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { EnqueueMessageInput } from './enqueueMessage';

/**
 * Records a message that could not even be queued (no template, no contact on file) as failed, so the
 * delivery log says why nothing was sent.
 */
export async function recordUnsendableMessage(
  tx: Queryable,
  ctx: Pick<AppContext, 'clock'>,
  input: Omit<EnqueueMessageInput, 'message' | 'expiresAt'> & { channel: Channel; error: string },
): Promise<void> {
  const now = ctx.clock.now();
  await tx.query(
    `INSERT INTO verification_deliveries (org_id, verification_id, kind, channel, contact, destination, status, error, sent_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'failed', $7, $8, $8)`,
    [
      input.orgId,
      input.verificationId,
      input.kind,
      input.channel,
      input.contact,
      input.destination,
      input.error.slice(0, 300),
      now,
    ],
  );
}
