import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { MessageKind } from './OutboundMessage';
import { failQueuedDeliveries } from './verificationDeliveriesTable';

/**
 * Gives up the queued messages of a kind that a newer one replaces (a resent link makes the old one
 * dead; a new code replaces the last): they are failed with `reason` and their content erased. One
 * being sent at this moment is left to finish, so the log stays true.
 */
export async function supersedeQueuedMessages(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { tx?: Queryable; verificationId: string; kind: MessageKind; reason: string },
): Promise<void> {
  await failQueuedDeliveries(ctx, { ...input, at: ctx.clock.now() });
}
