import { CreateTemplateRequest } from '../schemas/admin';
import { defaultTemplates } from './defaultTemplates';
import { renderTemplate, type TemplateVars } from './renderTemplate';
import { SMS_MAX_LENGTH } from './fitSmsText';

const WARNING =
  'Only continue if you contacted the help desk yourself. If you did not, do not open the link, and report it.';
const link = 'https://verify.example.com/v/' + 'T'.repeat(43);
const vars: TemplateVars = {
  org_name: 'Acme',
  employee_name: 'Ann Lee',
  agent_name: 'Sam Agent',
  ticket_id: 'INC0012345',
  reason: 'Reset MFA after a phone change',
  link,
  match_code: 'K7Q-42',
  expires_in_minutes: 15,
};

describe('defaultTemplates', () => {
  it('are valid template create requests', () => {
    expect(CreateTemplateRequest.parse(defaultTemplates.email)).toEqual(defaultTemplates.email);
    expect(CreateTemplateRequest.parse(defaultTemplates.sms)).toEqual(defaultTemplates.sms);
  });

  it('email says who asks, the ticket, the reason, the match code, the expiry, the link and the warning', () => {
    const out = renderTemplate(defaultTemplates.email, vars);
    expect(out.subject).toBe('Acme help desk: confirm it is you');
    for (const part of [out.text, out.html]) {
      for (const value of [
        'Sam Agent',
        'INC0012345',
        'Reset MFA after a phone change',
        'K7Q-42',
        '15 minutes',
        link,
        WARNING,
      ]) {
        expect(part).toContain(value);
      }
    }
    expect(out.html).toContain(`<strong>${WARNING}</strong>`);
    expect(out.html).toContain(`<a href="${link}"`);
  });

  it('email HTML is accessible and mobile-friendly, with no script and no external assets', () => {
    const { html } = renderTemplate(defaultTemplates.email, vars);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/<h1[^>]*>Confirm it is you<\/h1>/);
    expect(html).not.toMatch(/<script|<link |<img |<style|src=/i);
    for (const table of html.match(/<table[^>]*>/g) ?? []) expect(table).toContain('role="presentation"');
    expect(html).toContain('max-width:560px');
  });

  it('email escapes hostile values', () => {
    const { html } = renderTemplate(defaultTemplates.email, { ...vars, reason: '<img src=x onerror=alert(1)>' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('SMS is short, plain GSM-7 text with org, agent, code, link and the warning', () => {
    const out = renderTemplate(defaultTemplates.sms, vars);
    expect(out.text).toBe(
      'Acme help desk: Sam Agent asks you to confirm it is you (ticket INC0012345). Match code K7Q-42. ' +
        `${link} Expires in 15 min. Only continue if you contacted the help desk yourself. If not, do not open the link and report it.`,
    );
    expect(out.text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(out.text).toMatch(/^[A-Za-z0-9 .,:;()'"!?@&%+\-/=_]*$/);
  });
});
