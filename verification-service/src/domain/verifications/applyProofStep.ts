import type { ProofStepResult } from '../proofs/framework/ProofDefinition';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import type { ProofType } from '@helpdesk-verify/core-client/schemas';
import { recordVerificationEvent } from './recordVerificationEvent';
import { updateVerificationProof } from './verificationProofsTable';

/** Stores a proof step's result and, when it settles the proof, notes it on the timeline. */
export async function applyProofStep(
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; orgId: string; verificationId: string; type: ProofType; result: ProofStepResult; at: Date },
): Promise<void> {
  const { result } = input;
  const settled = result.status !== 'pending';
  await updateVerificationProof(ctx, {
    ...(input.tx ? { tx: input.tx } : {}),
    verificationId: input.verificationId,
    type: input.type,
    status: result.status,
    assurance: result.status === 'passed' ? result.assurance : null,
    detail: result.status === 'pending' ? null : result.detail,
    state: result.state ?? null,
    attempts: result.attempts ?? null,
    completedAt: settled ? input.at : null,
    at: input.at,
  });
  if (settled) {
    await recordVerificationEvent(ctx, {
      ...(input.tx ? { tx: input.tx } : {}),
      orgId: input.orgId,
      verificationId: input.verificationId,
      status: result.status === 'passed' ? 'proof_passed' : 'proof_failed',
      detail: `${input.type}: ${result.detail}`,
      at: input.at,
    });
  }
}
