import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves other text, including non-ASCII, as it is', () => {
    expect(escapeHtml('Zoë — ticket INC0012 ✓')).toBe('Zoë — ticket INC0012 ✓');
  });

  it('escapes an already escaped entity again, so nothing is decoded twice', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});
