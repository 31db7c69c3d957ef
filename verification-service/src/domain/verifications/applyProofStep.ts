import type { ProofStepResult } from '../proofs/ProofDefinition';
import type { Queryable } from '../../kernel/database';
import type { ProofType } from '@helpdesk-verify/core-client';
import { recordVerificationEvent } from './recordVerificationEvent';

/** Stores a proof step's result and, when it settles the proof, notes it on the timeline. */
export async function applyProofStep(
  tx: Queryable,
  input: { orgId: string; verificationId: string; type: ProofType; result: ProofStepResult; at: Date },
): Promise<void> {
  const { result } = input;
  const settled = result.status !== 'pending';
  await tx.query(
    `UPDATE verification_proofs
        SET status = $3, assurance = $4, detail = coalesce($5, detail), state = coalesce($6, state),
            attempts = coalesce($7, attempts), completed_at = $8, updated_at = $9
      WHERE verification_id = $1 AND type = $2`,
    [
      input.verificationId,
      input.type,
      result.status,
      result.status === 'passed' ? result.assurance : null,
      result.status === 'pending' ? null : result.detail,
      result.state ? JSON.stringify(result.state) : null,
      result.attempts ?? null,
      settled ? input.at : null,
      input.at,
    ],
  );
  if (settled) {
    await recordVerificationEvent(tx, {
      orgId: input.orgId,
      verificationId: input.verificationId,
      status: result.status === 'passed' ? 'proof_passed' : 'proof_failed',
      detail: `${input.type}: ${result.detail}`,
      at: input.at,
    });
  }
}
