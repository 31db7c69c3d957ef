import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { MessageKind } from './OutboundMessage';

/**
 * Gives up the queued messages of a kind that a newer one replaces (a resent link makes the old one
 * dead; a new code replaces the last): they are failed with `reason` and their content erased. One
 * being sent at this moment is left to finish, so the log stays true.
 */
export async function supersedeQueuedMessages(
  tx: Queryable,
  ctx: Pick<AppContext, 'clock'>,
  input: { verificationId: string; kind: MessageKind; reason: string },
): Promise<void> {
  await tx.query(
    `UPDATE verification_deliveries SET status = 'failed', error = $3, sealed_message = NULL, next_attempt_at = NULL, locked_until = NULL, sent_at = $4
      WHERE verification_id = $1 AND kind = $2 AND status = 'queued' AND (locked_until IS NULL OR locked_until <= $4)`,
    [input.verificationId, input.kind, input.reason, ctx.clock.now()],
  );
}
