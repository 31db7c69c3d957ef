import type { Channel } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { EnqueueMessageInput } from './enqueueMessage';
import { insertFailedDelivery } from './verificationDeliveriesTable';

/**
 * Records a message that could not even be queued (no template, no contact on file) as failed, so the
 * delivery log says why nothing was sent.
 */
export async function recordUnsendableMessage(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: Omit<EnqueueMessageInput, 'message' | 'expiresAt'> & { tx?: Queryable; channel: Channel; error: string },
): Promise<void> {
  await insertFailedDelivery(ctx, { ...input, error: input.error.slice(0, 300), at: ctx.clock.now() });
}
