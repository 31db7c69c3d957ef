import type { Queryable } from '../../kernel/database';
import type { AppContext } from '../../kernel/AppContext';
import type { SessionVerification } from './loadSessionVerification';
import { decideVerification, type Decision } from './decideVerification';
import { finishVerification } from './finishVerification';
import { loadProofRecords } from './loadProofRecords';

/** Decides on the current proofs and ends the verification when the decision is final. */
export async function settleVerification(
  ctx: AppContext,
  input: {
    tx: Queryable;
    verification: Pick<SessionVerification, 'id' | 'orgId' | 'assuranceRequired'>;
    finishRequested: boolean;
  },
): Promise<Decision> {
  const { tx, verification } = input;
  const proofs = await loadProofRecords(ctx, { tx, verificationId: verification.id });
  const decision = decideVerification(proofs, verification.assuranceRequired, {
    finishRequested: input.finishRequested,
  });
  if (decision.outcome !== 'pending') {
    await finishVerification(ctx, {
      tx,
      orgId: verification.orgId,
      verificationId: verification.id,
      status: decision.outcome,
      reason: decision.outcome === 'failed' ? decision.reason : null,
      assuranceReached: decision.assuranceReached,
    });
  }
  return decision;
}
