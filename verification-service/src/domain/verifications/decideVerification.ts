import { assuranceRank, type Assurance } from '@helpdesk-verify/core-client/schemas';
import type { ProofRecord } from '../proofs/framework/ProofDefinition';

export type Decision =
  | { outcome: 'pending'; awaitingFinish: boolean }
  | { outcome: 'passed'; assuranceReached: Assurance }
  | { outcome: 'failed'; reason: string; assuranceReached: Assurance | null };

type DecidableProof = Pick<ProofRecord, 'type' | 'required' | 'status' | 'detail'> & { assurance: Assurance | null };

/** The strongest assurance among passed proofs (each proof states what it established). */
export function assuranceReached(proofs: readonly DecidableProof[]): Assurance | null {
  let best: Assurance | null = null;
  for (const p of proofs) {
    if (p.status === 'passed' && p.assurance && (!best || assuranceRank[p.assurance] > assuranceRank[best]))
      best = p.assurance;
  }
  return best;
}

/**
 * Passed when every required proof passed and together they reach the Link's assurance; failed as
 * soon as a required proof fails. Optional proofs still pending wait for the employee to finish.
 */
export function decideVerification(
  proofs: readonly DecidableProof[],
  required: Assurance,
  options: { finishRequested: boolean },
): Decision {
  const reached = assuranceReached(proofs);
  const failedRequired = proofs.find((p) => p.required && p.status === 'failed');
  if (failedRequired) {
    return {
      outcome: 'failed',
      reason: `Required proof ${failedRequired.type} failed: ${failedRequired.detail ?? 'no detail'}`,
      assuranceReached: reached,
    };
  }
  if (proofs.some((p) => p.required && p.status !== 'passed')) return { outcome: 'pending', awaitingFinish: false };
  const optionalPending = proofs.some((p) => !p.required && p.status === 'pending');
  if (optionalPending && !options.finishRequested) return { outcome: 'pending', awaitingFinish: true };
  if (!reached || assuranceRank[reached] < assuranceRank[required]) {
    return {
      outcome: 'failed',
      reason: `The proofs completed reach ${reached ?? 'no'} assurance; this Link needs ${required}`,
      assuranceReached: reached,
    };
  }
  return { outcome: 'passed', assuranceReached: reached };
}
