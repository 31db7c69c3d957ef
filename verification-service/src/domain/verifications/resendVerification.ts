import type { AuditActor, Channel, Verification } from '@helpdesk-verify/core-client/schemas';
import { notFound, ProblemError } from '../../kernel/ProblemError';
import { hashSecret, newSecret } from '../../kernel/secrets';
import { loadSessionVerification } from './loadSessionVerification';
import { loadVerification } from './loadVerification';
import { recordVerificationEvent } from './recordVerificationEvent';
import { queueVerificationLink } from './queueVerificationLink';
import { supersedeQueuedMessages } from '../notifications/queue/supersedeQueuedMessages';
import type { VerificationDeps } from './VerificationDeps';
import { lockVerificationForResend, replaceVerificationToken } from './verificationsTable';

/** At most this many sends of one verification, the first included. */
export const MAX_LINK_SENDS = 5;

/**
 * Sends a fresh link. Tokens are stored hashed, so the old link cannot be sent again: it stops
 * working and the new one replaces it (an old link message still queued is given up). The new
 * messages are queued in the same transaction and sent at once after it. Only before the employee has started.
 */
export async function resendVerification(
  deps: VerificationDeps,
  input: { orgId: string; id: string; channels: Channel[] | undefined; actor?: AuditActor },
): Promise<Verification> {
  const token = newSecret('');
  await deps.db.transaction(async (tx) => {
    const row = await lockVerificationForResend(deps, { tx, orgId: input.orgId, id: input.id });
    if (!row) throw notFound('verification', input.id);
    if (row.status !== 'pending' || row.expires_at <= deps.clock.now()) {
      throw new ProblemError(
        'invalid_state',
        `A link can only be resent before the employee starts (the verification is ${row.status})`,
      );
    }
    if (row.sends >= MAX_LINK_SENDS)
      throw new ProblemError('rate_limited', `The link was already sent ${row.sends} times; start a new verification`);
    const wanted = input.channels ?? row.channels;
    const refused = wanted.filter((c) => !row.link_channels.includes(c));
    if (refused.length > 0)
      throw new ProblemError('validation_error', `This Link is not sent by ${refused.join(', ')}`);
    const now = deps.clock.now();
    await replaceVerificationToken(deps, {
      tx,
      orgId: input.orgId,
      id: input.id,
      tokenHash: hashSecret(token),
      channels: wanted,
      at: now,
    });
    await recordVerificationEvent(deps, {
      tx,
      orgId: input.orgId,
      verificationId: input.id,
      status: 'resent',
      detail: `New link sent by ${wanted.join(' and ')}; the previous link no longer works`,
      at: now,
      ...(input.actor ? { actor: input.actor } : {}),
    });
    await supersedeQueuedMessages(deps, {
      tx,
      verificationId: input.id,
      kind: 'link',
      reason: 'Replaced by a newer link before it could be sent',
    });
    const session = await loadSessionVerification(deps, { tx, id: input.id });
    if (!session) throw notFound('verification', input.id);
    await queueVerificationLink(deps, { tx, verification: session, token, channels: wanted });
  });
  await deps.messages.deliverNow(input.id);
  const view = await loadVerification(deps, { orgId: input.orgId, id: input.id });
  if (!view) throw notFound('verification', input.id);
  return view;
}
