import type { AuditActor, Verification } from '@helpdesk-verify/core-client/schemas';
import { notFound, ProblemError } from '../../kernel/ProblemError';
import { finishVerification } from './finishVerification';
import { loadVerification } from './loadVerification';
import type { VerificationDeps } from './VerificationDeps';
import { findVerificationStatus } from './verificationsTable';

/**
 * Cancels a verification that has not ended; its link stops working at once and, in the same
 * transaction, `trust_check.cancelled` (the reason, and who cancelled) is queued for the ticket.
 */
export async function cancelVerification(
  deps: VerificationDeps,
  input: { orgId: string; id: string; reason: string; actor?: AuditActor },
): Promise<Verification> {
  const ended = await deps.db.transaction(async (tx) => {
    const status = await findVerificationStatus(deps, { tx, orgId: input.orgId, id: input.id });
    if (!status) throw notFound('verification', input.id);
    return finishVerification(deps, {
      tx,
      orgId: input.orgId,
      verificationId: input.id,
      status: 'cancelled',
      reason: input.reason ? `Cancelled by the help desk: ${input.reason}` : 'Cancelled by the help desk',
      assuranceReached: null,
      ...(input.actor ? { actor: input.actor } : {}),
    });
  });
  const view = await loadVerification(deps, { orgId: input.orgId, id: input.id });
  if (!view) throw notFound('verification', input.id);
  if (!ended) throw new ProblemError('invalid_state', `The verification has already ended (${view.status})`);
  return view;
}
