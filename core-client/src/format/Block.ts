import type { Assurance, ProofStatus } from '../schemas/proofs';

/** One proof as the ticket shows it. */
export interface ProofLine {
  /** Human name, e.g. "Device passkey". */
  label: string;
  required: boolean;
  status: ProofStatus;
  /** What the proof established; null until it passed. */
  assurance: Assurance | null;
  detail: string | null;
}

/** One risk reason; `weight` is what it added to the score. */
export interface RiskLine {
  message: string;
  weight: number;
}

/**
 * The structured ticket text every app renders its own way: HTML (Zendesk, `toHtml`),
 * Atlassian Document Format (Jira, `toAdf`) and journal text (ServiceNow, `toPlainText`).
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'proofs'; title: string; proofs: ProofLine[] }
  | { kind: 'risk'; score: number; reasons: RiskLine[] };
