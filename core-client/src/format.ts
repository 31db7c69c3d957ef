/**
 * `@helpdesk-verify/core-client/format` — a verification result as ticket text: plain text, HTML and
 * Atlassian Document Format.
 */
export { formatVerificationResult } from './format/formatVerificationResult';
export type { FormattedVerificationResult } from './format/formatVerificationResult';
export type { Block, ProofLine, RiskLine } from './format/Block';
export { toPlainText } from './format/toPlainText';
export { toHtml, escapeHtml } from './format/toHtml';
export { toAdf } from './format/toAdf';
export type { AdfDocument, AdfNode, AdfText } from './format/toAdf';
