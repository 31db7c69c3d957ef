import {
  assuranceRank,
  type Assurance,
  type FieldError,
  type ProofCapability,
  type ProofType,
} from '@helpdesk-verify/core-client/schemas';
import { ProblemError } from '../../kernel/ProblemError';

/** What Link validation needs to know of a proof the service runs (the proof registry's capabilities fit). */
export type LinkProofCapability = Pick<ProofCapability, 'type' | 'assurance'>;

/** The part of a Link its proofs and assurance rule apply to. */
export interface LinkPolicy {
  proofs: readonly { type: ProofType; required: boolean }[];
  assurance: Assurance;
}

/**
 * Checks a Link against the proofs this service can run:
 * - `proof_unavailable` (422) when the Link asks for a proof the service cannot run (required or optional);
 * - `validation_error` (422) when no REQUIRED proof reaches the Link's assurance. Optional proofs
 *   never count: a verification may pass without them. So email possession alone only ever makes
 *   a "low" Link (NIST SP 800-63B-4: a mailbox is not an authenticator).
 */
export function assertLinkPolicy(policy: LinkPolicy, capabilities: readonly LinkProofCapability[]): void {
  const reach = new Map(capabilities.map((c) => [c.type, c.assurance]));
  const unavailable: FieldError[] = [];
  policy.proofs.forEach((p, index) => {
    if (!reach.has(p.type))
      unavailable.push({ path: ['proofs', index, 'type'], message: `this service cannot run the ${p.type} proof` });
  });
  if (unavailable.length > 0) {
    const missing = policy.proofs.filter((p) => !reach.has(p.type)).map((p) => p.type);
    const offered = capabilities.map((c) => c.type).join(', ') || 'none';
    throw new ProblemError('proof_unavailable', `This service cannot run ${missing.join(', ')}; it runs ${offered}`, {
      errors: unavailable,
    });
  }

  let best: Assurance | null = null;
  for (const p of policy.proofs) {
    const assurance = reach.get(p.type);
    if (p.required && assurance && (best === null || assuranceRank[assurance] > assuranceRank[best])) best = assurance;
  }
  if (best === null || assuranceRank[best] < assuranceRank[policy.assurance]) {
    const able = capabilities
      .filter((c) => assuranceRank[c.assurance] >= assuranceRank[policy.assurance])
      .map((c) => c.type);
    const message = `"${policy.assurance}" assurance needs a required proof that reaches it${able.length ? ` (${able.join(', ')})` : ''}; the required proofs reach "${best ?? 'nothing'}"`;
    throw new ProblemError('validation_error', `This Link cannot reach its assurance: ${message}`, {
      errors: [{ path: ['assurance'], message }],
    });
  }
}
