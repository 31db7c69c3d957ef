import type { ProofLine, RiskLine } from '../Block';

/** "passed, assurance high: detail" — the part of a proof line after its label. */
export const describeProof = (proof: ProofLine): string => {
  const assurance = proof.status === 'passed' ? `, assurance ${proof.assurance ?? 'none'}` : '';
  return `${proof.status}${assurance}${proof.detail ? `: ${proof.detail}` : ''}`;
};

/** "Device passkey (optional)" */
export const proofTitle = (proof: ProofLine): string => (proof.required ? proof.label : `${proof.label} (optional)`);

/** "Link sent to a personal email address (+15)" */
export const describeRiskReason = (reason: RiskLine): string =>
  `${reason.message} (${reason.weight >= 0 ? '+' : ''}${reason.weight})`;

/** "20/100" */
export const describeRiskScore = (score: number): string => `${score}/100`;
