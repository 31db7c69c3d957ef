import { failedEvent, passedVerification } from '../../test/fixtures';
import { formatVerificationResult } from './formatVerificationResult';
import { toAdf, type AdfNode } from './toAdf';

const textNodes = (nodes: readonly AdfNode[]): { text: string; marks?: unknown }[] =>
  nodes.flatMap((node) => (node.type === 'text' ? [node] : textNodes(node.content as AdfNode[])));

describe('toAdf', () => {
  it('makes an ADF version 1 document of headings, paragraphs and bullet lists', () => {
    const doc = toAdf(formatVerificationResult(failedEvent).blocks);
    expect(doc.type).toBe('doc');
    expect(doc.version).toBe(1);
    expect(doc.content.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'paragraph',
      'bulletList',
      'paragraph',
      'bulletList',
    ]);
    expect(doc.content[0]).toEqual({
      type: 'heading',
      attrs: { level: 3 },
      content: [{ type: 'text', text: '[FAILED] Identity NOT verified: Linus Torvalds (linus@example.com)' }],
    });
    expect(doc.content[2]).toMatchObject({
      type: 'bulletList',
      content: expect.arrayContaining([
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Match code: ', marks: [{ type: 'strong' }] },
                { type: 'text', text: 'ZX-81' },
              ],
            },
          ],
        },
      ]),
    });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('never emits an empty text node and keeps hostile text as plain text', () => {
    const hostile = '<b>Eve</b>';
    const blocks = formatVerificationResult({
      ...passedVerification,
      employee: { ...passedVerification.employee, display_name: hostile },
    }).blocks;
    const texts = textNodes(toAdf([...blocks, { kind: 'paragraph', text: '' }]).content);
    expect(texts.every((node) => node.text.length > 0)).toBe(true);
    expect(texts.map((node) => node.text)).toContain(hostile);
  });
});
