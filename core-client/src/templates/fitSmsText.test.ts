import { fitSmsText, SMS_MAX_LENGTH } from './fitSmsText';
import type { TemplateValues } from './fillTemplate';

const link = 'https://verify.example.com/v/' + 'T'.repeat(43);
const values: TemplateValues = {
  org_name: 'Acme',
  employee_name: 'Ann',
  agent_name: 'Sam',
  ticket_id: 'INC1',
  reason: 'Password reset',
  link,
  match_code: '123456',
  expires_in_minutes: '15',
};

describe('fitSmsText', () => {
  it('leaves a short message as it is', () => {
    expect(fitSmsText('{{org_name}}: {{reason}} {{link}}', values)).toBe(`Acme: Password reset ${link}`);
  });

  it('shortens the reason first, with a GSM-7 ellipsis, and keeps everything else', () => {
    const text = fitSmsText('{{agent_name}} {{ticket_id}} {{reason}} {{match_code}} {{link}}', {
      ...values,
      reason: 'x'.repeat(600),
    });
    expect(text.length).toBe(SMS_MAX_LENGTH);
    expect(text).toMatch(/^Sam INC1 x+\.\.\. 123456 https:\/\/verify\.example\.com\/v\/T{43}$/);
  });

  it('drops the reason entirely, then shortens names, when that is not enough', () => {
    const long = { ...values, reason: 'r'.repeat(100), employee_name: 'E'.repeat(400), org_name: 'O'.repeat(200) };
    const text = fitSmsText('{{reason}}|{{employee_name}}|{{org_name}}|{{link}}', long);
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(text.startsWith('|')).toBe(true);
    expect(text.endsWith(`|${link}`)).toBe(true);
    expect(text).toContain('O'.repeat(200));
  });

  it('counts a placeholder used twice', () => {
    const text = fitSmsText('{{reason}} {{reason}} {{link}}', { ...values, reason: 'y'.repeat(300) });
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(text.length).toBeGreaterThan(SMS_MAX_LENGTH - 10);
    expect(text).toContain(link);
  });

  it('cuts a too-long template around the link but never the link', () => {
    const template = 'A'.repeat(400) + ' {{link}} ' + 'B'.repeat(400);
    const text = fitSmsText(template, values);
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(text).toContain(link);
    expect(text).toMatch(/^A+\.\.\. /);
    expect(text).toMatch(/ B+\.\.\.$/);
  });

  it('cuts a too-long template without a link from the end', () => {
    const text = fitSmsText('C'.repeat(600), values);
    expect(text).toBe('C'.repeat(SMS_MAX_LENGTH - 3) + '...');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const text = fitSmsText('{{reason}} {{link}}', { ...values, reason: '😀'.repeat(400) });
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(text.endsWith(`... ${link}`)).toBe(true);
  });
});
