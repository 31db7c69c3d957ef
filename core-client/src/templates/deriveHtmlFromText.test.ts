import { deriveHtmlFromText } from './deriveHtmlFromText';
import type { TemplateValues } from './fillTemplate';

const values: TemplateValues = {
  org_name: 'Acme',
  employee_name: 'Ann',
  agent_name: 'Sam',
  ticket_id: 'INC1',
  reason: 'see https://evil.example/phish <b>now</b>',
  link: 'https://verify.example.com/v/abc',
  match_code: '123456',
  expires_in_minutes: '15',
};

function body(html: string): string {
  return html.slice(html.indexOf('<div'), html.lastIndexOf('</div>') + 6);
}

describe('deriveHtmlFromText', () => {
  it('makes paragraphs of blank-line separated blocks and keeps single line breaks', () => {
    const html = deriveHtmlFromText('Hello {{employee_name}},\nline two\n\n\nNext {{ticket_id}}', values, {
      title: 't',
    });
    expect(body(html)).toBe(
      '<div style="max-width:560px;margin:0 auto;">\n' +
        '<p style="margin:0 0 16px;">Hello Ann,<br>\nline two</p>\n' +
        '<p style="margin:0 0 16px;">Next INC1</p>\n' +
        '</div>',
    );
  });

  it('makes only the link variable clickable; URLs in other values stay escaped text', () => {
    const html = deriveHtmlFromText('{{reason}}\n\n{{link}}', values, { title: 't' });
    expect(html).toContain('see https://evil.example/phish &lt;b&gt;now&lt;/b&gt;');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<a href="https://verify.example.com/v/abc"');
  });

  it('escapes the literal text of the template too', () => {
    const html = deriveHtmlFromText('1 < 2 & "q"', values, { title: '<T>' });
    expect(html).toContain('1 &lt; 2 &amp; &quot;q&quot;');
    expect(html).toContain('<title>&lt;T&gt;</title>');
  });

  it('is a complete, mobile-friendly document', () => {
    const html = deriveHtmlFromText('x', values, { title: 't' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });
});
