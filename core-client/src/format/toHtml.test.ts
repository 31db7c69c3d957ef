import { failedEvent, passedVerification } from '../../test/fixtures';
import { formatVerificationResult } from './formatVerificationResult';
import { escapeHtml, toHtml } from './toHtml';

const hostile = '<img src=x onerror="alert(1)"> & \'Bobby\' </ul><script>x</script>';

describe('toHtml', () => {
  it('renders every block kind', () => {
    const html = toHtml(formatVerificationResult(failedEvent).blocks);
    expect(html).toContain('<h3>[FAILED] Identity NOT verified: Linus Torvalds (linus@example.com)</h3>');
    expect(html).toContain('<p>Reason: The phone code was wrong five times</p>');
    expect(html).toContain('<li><strong>Match code:</strong> ZX-81</li>');
    expect(html).toContain(
      '<p><strong>Proofs</strong></p><ul><li><strong>Email possession:</strong> passed, assurance low</li>',
    );
    expect(html).toContain('<p><strong>Risk score:</strong> 85/100</p><ul><li>Five wrong phone codes (+60)</li></ul>');
  });

  it('escapes hostile names, details and reasons', () => {
    const verification = {
      ...passedVerification,
      employee: { ...passedVerification.employee, display_name: hostile },
      agent: { ...passedVerification.agent, name: hostile },
      proofs: [{ ...passedVerification.proofs[0]!, detail: hostile }],
      risk: { score: 1, reasons: [{ code: 'x', message: hostile, weight: 1 }] },
      outcome_reason: hostile,
    };
    const html = toHtml(formatVerificationResult(verification).blocks);
    expect(html).not.toMatch(/<img|<script|<\/ul><script|onerror="/);
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Bobby&#39; &lt;/ul&gt;&lt;script&gt;x&lt;/script&gt;',
    );
    const tags = html.match(/<\/?[a-z0-9]+/g) ?? [];
    expect(new Set(tags)).toEqual(
      new Set(['<h3', '</h3', '<p', '</p', '<ul', '</ul', '<li', '</li', '<strong', '</strong']),
    );
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('renders an empty proof list and risk without reasons as nothing more than their titles', () => {
    expect(
      toHtml([
        { kind: 'proofs', title: 'Proofs', proofs: [] },
        { kind: 'risk', score: 0, reasons: [] },
      ]),
    ).toBe('<p><strong>Proofs</strong></p>\n<p><strong>Risk score:</strong> 0/100</p>');
  });
});
