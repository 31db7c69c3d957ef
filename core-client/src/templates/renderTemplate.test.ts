import { renderTemplate, type TemplateVars } from './renderTemplate';
import { SMS_MAX_LENGTH } from './fitSmsText';

const vars: TemplateVars = {
  org_name: 'Acme & Co',
  employee_name: 'Zoë <Zed>',
  agent_name: 'Sam "Agent" O\'Neil',
  ticket_id: 'INC0012345',
  reason: 'MFA reset <script>alert(1)</script>',
  link: 'https://verify.example.com/v/tok123?a=1&b=2',
  match_code: 'K7Q-42',
  expires_in_minutes: 15,
};

describe('renderTemplate', () => {
  it('fills the text part with the values as they are', () => {
    const out = renderTemplate(
      { text: '{{agent_name}} for {{employee_name}}: {{reason}} {{link}} ({{expires_in_minutes}} min)' },
      vars,
    );
    expect(out.text).toBe(
      'Sam "Agent" O\'Neil for Zoë <Zed>: MFA reset <script>alert(1)</script> https://verify.example.com/v/tok123?a=1&b=2 (15 min)',
    );
  });

  it('HTML-escapes every value in an HTML template, the link included', () => {
    const out = renderTemplate(
      { text: 'x', html: '<p title="{{agent_name}}">{{reason}}</p><a href="{{link}}">{{employee_name}}</a>' },
      vars,
    );
    expect(out.html).toBe(
      '<p title="Sam &quot;Agent&quot; O&#39;Neil">MFA reset &lt;script&gt;alert(1)&lt;/script&gt;</p>' +
        '<a href="https://verify.example.com/v/tok123?a=1&amp;b=2">Zoë &lt;Zed&gt;</a>',
    );
  });

  it('fills the subject on one line, whatever the values contain', () => {
    const out = renderTemplate(
      { subject: '{{org_name}}: {{reason}}', text: 'x' },
      { ...vars, reason: 'a\r\nBcc: evil@example.com' },
    );
    expect(out.subject).toBe('Acme & Co: a Bcc: evil@example.com');
  });

  it('derives the HTML part from the text when the HTML is empty', () => {
    const out = renderTemplate(
      { subject: '{{org_name}}', text: 'Hi {{employee_name}}\n\nOpen {{link}}', html: '  ' },
      vars,
    );
    expect(out.html).toContain('<title>Acme &amp; Co</title>');
    expect(out.html).toContain('Hi Zoë &lt;Zed&gt;');
    expect(out.html).toContain(
      '<a href="https://verify.example.com/v/tok123?a=1&amp;b=2" style="color:#1d4ed8;text-decoration:underline;word-break:break-all;">https://verify.example.com/v/tok123?a=1&amp;b=2</a>',
    );
  });

  it('renders SMS text only, within the SMS limit', () => {
    const out = renderTemplate(
      { channel: 'sms', subject: 'ignored', text: '{{reason}} {{link}}', html: '<p>ignored</p>' },
      {
        ...vars,
        reason: 'r'.repeat(1000),
      },
    );
    expect(out.subject).toBe('');
    expect(out.html).toBe('');
    expect(out.text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(out.text.endsWith(' https://verify.example.com/v/tok123?a=1&b=2')).toBe(true);
  });

  it('leaves literal braces and unknown placeholders alone', () => {
    expect(renderTemplate({ text: '{x} {{nope}} {{org_name}}' }, vars).text).toBe('{x} {{nope}} Acme & Co');
  });

  it.each(['javascript:alert(1)', '/v/relative', 'data:text/html,hi', 'https://a.example/ x', ''])(
    'refuses %j as the link',
    (link) => {
      expect(() => renderTemplate({ text: '{{link}}' }, { ...vars, link })).toThrow(TypeError);
    },
  );
});
