import { describeCapturedMessage } from './describeCapturedMessage';
import { formatCapturedTime } from './formatCapturedTime';

describe('describeCapturedMessage', () => {
  it('uses the subject, else the first non-empty line of the text', () => {
    expect(describeCapturedMessage({ subject: ' Confirm it is you ', text: 'body' })).toBe('Confirm it is you');
    expect(describeCapturedMessage({ subject: '', text: '\n  \nAcme: code 123456\nmore' })).toBe('Acme: code 123456');
    expect(describeCapturedMessage({ text: '' })).toBe('(empty message)');
  });

  it('cuts a long headline to 120 characters', () => {
    const headline = describeCapturedMessage({ text: 'x'.repeat(300) });
    expect(headline).toHaveLength(120);
    expect(headline.endsWith('...')).toBe(true);
  });
});

describe('formatCapturedTime', () => {
  it('shows an ISO time as a readable UTC time', () => {
    expect(formatCapturedTime('2026-01-15T09:00:05.123Z')).toBe('2026-01-15 09:00:05 UTC');
    expect(formatCapturedTime('2026-01-15T09:00:05Z')).toBe('2026-01-15 09:00:05 UTC');
  });
});
