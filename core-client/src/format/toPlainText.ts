import type { Block } from './Block';
import { describeProof, describeRiskReason, describeRiskScore, proofTitle } from './internal/describeLines';

/** Plain text of the blocks (ServiceNow work notes, logs): one line per item, blank lines between blocks. */
export const toPlainText = (blocks: readonly Block[]): string =>
  blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return block.text;
        case 'fields':
          return block.fields.map((field) => `${field.label}: ${field.value}`).join('\n');
        case 'proofs':
          return [
            `${block.title}:`,
            ...block.proofs.map((proof) => `- ${proofTitle(proof)}: ${describeProof(proof)}`),
          ].join('\n');
        case 'risk':
          return [
            `Risk score: ${describeRiskScore(block.score)}`,
            ...block.reasons.map((reason) => `- ${describeRiskReason(reason)}`),
          ].join('\n');
      }
    })
    .join('\n\n');
