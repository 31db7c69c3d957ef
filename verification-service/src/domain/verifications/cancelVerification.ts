import type { AuditActor, Verification } from '@helpdesk-verify/core-client';
import { notFound, ProblemError } from '../../kernel/ProblemError';
import { finishVerification } from './finishVerification';
import { loadVerification } from './loadVerification';
import type { VerificationDeps } from './VerificationDeps';

/**
 * Cancels a verification that has not ended; its link stops working at once and, in the same
 * transaction, `trust_check.cancelled` (the reason, and who cancelled) is queued for the ticket.
 */
export async function cancelVerification(
  deps: VerificationDeps,
  input: { orgId: string; id: string; reason: string; actor?: AuditActor },
): Promise<Verification> {
  const ended = await deps.db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: string }>('SELECT status FROM verifications WHERE org_id = $1 AND id = $2', [
      input.orgId,
      input.id,
    ]);
    if (!row) throw notFound('verification', input.id);
    return finishVerification(deps, tx, {
      orgId: input.orgId,
      verificationId: input.id,
      status: 'cancelled',
      reason: input.reason ? `Cancelled by the help desk: ${input.reason}` : 'Cancelled by the help desk',
      assuranceReached: null,
      ...(input.actor ? { actor: input.actor } : {}),
    });
  });
  const view = await loadVerification(deps.db, input.orgId, input.id);
  if (!view) throw notFound('verification', input.id);
  if (!ended) throw new ProblemError('invalid_state', `The verification has already ended (${view.status})`);
  return view;
}
