import type { Block } from './Block';
import { describeProof, describeRiskReason, describeRiskScore, proofTitle } from './internal/describeLines';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const list = (items: string[]): string =>
  items.length > 0 ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '';

/** HTML of the blocks (Zendesk internal notes): only h3, p, strong, ul and li; every text escaped. */
export const toHtml = (blocks: readonly Block[]): string =>
  blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h3>${escapeHtml(block.text)}</h3>`;
        case 'paragraph':
          return `<p>${escapeHtml(block.text)}</p>`;
        case 'fields':
          return list(
            block.fields.map((field) => `<strong>${escapeHtml(field.label)}:</strong> ${escapeHtml(field.value)}`),
          );
        case 'proofs':
          return (
            `<p><strong>${escapeHtml(block.title)}</strong></p>` +
            list(
              block.proofs.map(
                (proof) => `<strong>${escapeHtml(proofTitle(proof))}:</strong> ${escapeHtml(describeProof(proof))}`,
              ),
            )
          );
        case 'risk':
          return (
            `<p><strong>Risk score:</strong> ${escapeHtml(describeRiskScore(block.score))}</p>` +
            list(block.reasons.map((reason) => escapeHtml(describeRiskReason(reason))))
          );
      }
    })
    .join('\n');
