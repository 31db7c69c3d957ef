import type { AppContext } from '../../../kernel/AppContext';
import type { Notifier } from '../../../infrastructure/messaging/createNotifier';
import { NotificationDeliveryError } from '../../../infrastructure/messaging/NotificationDeliveryError';
import { claimDueMessages, type ClaimedMessage } from './claimDueMessages';
import { recordMessageAttempt, type MessageAttemptResult, type MessageOutcome } from './recordMessageAttempt';

/** What the message dispatcher needs: the context and the configured senders. */
export type MessageDispatchContext = AppContext & { messenger: Notifier };

/** The outcome of each message one pass attempted. */
export interface MessagePassResult {
  attempted: number;
  outcomes: Array<{ id: number; verificationId: string; kind: ClaimedMessage['kind']; outcome: MessageOutcome }>;
}

/**
 * One pass of the message dispatcher: claims due messages under a lease (all organisations, or one
 * verification's), hands each to its provider outside any transaction, and records the attempt
 * (see {@link recordMessageAttempt}).
 */
export async function deliverDueMessages(
  ctx: MessageDispatchContext,
  options: { limit?: number; leaseMs?: number; verificationId?: string } = {},
): Promise<MessagePassResult> {
  const claimed = await claimDueMessages(ctx, {
    limit: options.limit ?? 20,
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
    ...(options.verificationId !== undefined ? { verificationId: options.verificationId } : {}),
  });
  const outcomes = await Promise.all(
    claimed.map(async (message) => {
      const result = await send(ctx, message);
      let outcome: MessageOutcome;
      try {
        outcome = await recordMessageAttempt(ctx, { message, result });
      } catch (error) {
        // The lease runs out and another pass tries the message again.
        ctx.logger.error({ err: error, deliveryId: message.id }, 'could not record a message attempt');
        outcome = 'lost';
      }
      if (!result.ok)
        ctx.logger.warn(
          { verification_id: message.verificationId, channel: message.message.channel, err: result.error, outcome },
          'message not delivered',
        );
      return { id: message.id, verificationId: message.verificationId, kind: message.kind, outcome };
    }),
  );
  return { attempted: claimed.length, outcomes };
}

async function send(ctx: MessageDispatchContext, { message }: ClaimedMessage): Promise<MessageAttemptResult> {
  try {
    if (message.channel === 'email') {
      await ctx.messenger.sendEmail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    } else {
      await ctx.messenger.sendSms({ to: message.to, body: message.body });
    }
    return { ok: true };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // A provider says whether another try may work; a malformed recipient (TypeError) never will.
    const retryable = error instanceof NotificationDeliveryError ? error.retryable : !(error instanceof TypeError);
    return { ok: false, error: text, retryable };
  }
}
