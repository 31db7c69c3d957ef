import { ProblemError } from '../../kernel/ProblemError';
import { assertTemplateContent } from './assertTemplateContent';

const problemOf = (fn: () => void): ProblemError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
};

describe('assertTemplateContent', () => {
  it('accepts templates that only use known variables', () => {
    expect(() =>
      assertTemplateContent({
        channel: 'email',
        subject: 'Ticket {{ticket_id}}',
        text: 'Open {{link}}',
        html: '<a href="{{ link }}">go</a>',
      }),
    ).not.toThrow();
    expect(() =>
      assertTemplateContent({ channel: 'sms', subject: '', text: '{{match_code}} {{link}}', html: '' }),
    ).not.toThrow();
  });

  it('answers 422 naming every unknown variable and the field it is in', () => {
    const problem = problemOf(() =>
      assertTemplateContent({
        channel: 'email',
        subject: '{{first_name}}',
        text: '{{link}} {{password}}',
        html: '{{first_name}}',
      }),
    );
    expect(problem.code).toBe('validation_error');
    expect(problem.detail).toContain('{{first_name}}, {{password}}');
    expect(problem.detail).toContain('{{match_code}}');
    expect(problem.errors).toEqual([
      { path: ['subject'], message: 'unknown variables: {{first_name}}' },
      { path: ['text'], message: 'unknown variables: {{password}}' },
      { path: ['html'], message: 'unknown variables: {{first_name}}' },
    ]);
  });

  it('refuses a subject or HTML on an SMS template', () => {
    const problem = problemOf(() =>
      assertTemplateContent({ channel: 'sms', subject: 'Hi', text: '{{link}}', html: '<p>x</p>' }),
    );
    expect(problem.code).toBe('validation_error');
    expect(problem.errors?.map((e) => e.path)).toEqual([['subject'], ['html']]);
  });
});
