import type { Block } from './Block';
import { describeProof, describeRiskReason, describeRiskScore, proofTitle } from './internal/describeLines';

/** An Atlassian Document Format text node. */
export interface AdfText {
  type: 'text';
  text: string;
  marks?: { type: 'strong' }[];
}

/** The ADF nodes `toAdf` produces. */
export type AdfNode =
  | AdfText
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 | 4 | 5 | 6 }; content: AdfText[] }
  | { type: 'paragraph'; content: AdfText[] }
  | { type: 'bulletList'; content: { type: 'listItem'; content: AdfNode[] }[] };

/** An ADF document (Jira comments and rich-text fields). */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

// ADF forbids empty text nodes.
const text = (value: string): AdfText[] => (value === '' ? [] : [{ type: 'text', text: value }]);
const strong = (value: string): AdfText[] =>
  value === '' ? [] : [{ type: 'text', text: value, marks: [{ type: 'strong' }] }];
const paragraph = (...content: AdfText[][]): AdfNode => ({ type: 'paragraph', content: content.flat() });
const bulletList = (items: AdfNode[]): AdfNode[] =>
  items.length > 0
    ? [{ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [item] })) }]
    : [];

/** The blocks as an Atlassian Document Format document (version 1). */
export const toAdf = (blocks: readonly Block[]): AdfDocument => ({
  type: 'doc',
  version: 1,
  content: blocks.flatMap((block): AdfNode[] => {
    switch (block.kind) {
      case 'heading':
        return [{ type: 'heading', attrs: { level: 3 }, content: text(block.text) }];
      case 'paragraph':
        return [paragraph(text(block.text))];
      case 'fields':
        return bulletList(block.fields.map((field) => paragraph(strong(`${field.label}: `), text(field.value))));
      case 'proofs':
        return [
          paragraph(strong(block.title)),
          ...bulletList(
            block.proofs.map((proof) => paragraph(strong(`${proofTitle(proof)}: `), text(describeProof(proof)))),
          ),
        ];
      case 'risk':
        return [
          paragraph(strong('Risk score: '), text(describeRiskScore(block.score))),
          ...bulletList(block.reasons.map((reason) => paragraph(text(describeRiskReason(reason))))),
        ];
    }
  }),
});
