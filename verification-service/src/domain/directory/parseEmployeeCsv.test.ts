import { ProblemError } from '../../kernel/ProblemError';
import { MAX_IMPORT_ROWS, parseEmployeeCsv } from './parseEmployeeCsv';

const problemOf = (fn: () => unknown): ProblemError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
};

describe('parseEmployeeCsv', () => {
  it('reads rows under the header; empty cells are null, an empty status is left out', () => {
    const csv =
      '\ufeffEmail, Display_Name ,phone,status\r\nada@example.com,"Lovelace, Ada",,\r\n\r\nbob@example.com,Bob,+14155550100,disabled\r\n';
    expect(parseEmployeeCsv(csv)).toEqual([
      { input: { email: 'ada@example.com', display_name: 'Lovelace, Ada', phone: null } },
      { input: { email: 'bob@example.com', display_name: 'Bob', phone: '+14155550100', status: 'disabled' } },
    ]);
  });

  it('reports rows with the wrong number of cells as row errors', () => {
    expect(parseEmployeeCsv('email,display_name\na@example.com\nb@example.com,B,extra\nc@example.com,C\n')).toEqual([
      { errors: [{ path: [], message: 'expected 2 cells like the header, found 1' }] },
      { errors: [{ path: [], message: 'expected 2 cells like the header, found 3' }] },
      { input: { email: 'c@example.com', display_name: 'C' } },
    ]);
  });

  it('refuses a bad header naming every problem', () => {
    const problem = problemOf(() => parseEmployeeCsv('email,name,email,password\nx,y,z,w\n'));
    expect(problem.code).toBe('validation_error');
    expect(problem.errors).toEqual([
      { path: ['header', 1], message: 'unknown column "name"' },
      { path: ['header', 2], message: 'column "email" appears twice' },
      { path: ['header', 3], message: 'unknown column "password"' },
      { path: ['header'], message: 'missing the "display_name" column' },
    ]);
  });

  it('refuses an empty file, a header without rows and an unreadable file', () => {
    expect(problemOf(() => parseEmployeeCsv('')).code).toBe('validation_error');
    expect(problemOf(() => parseEmployeeCsv('email,display_name\n')).code).toBe('validation_error');
    const unclosed = problemOf(() => parseEmployeeCsv('email,display_name\n"a@example.com,A\n'));
    expect(unclosed.code).toBe('malformed_request');
    expect(unclosed.detail).toContain('Quote Not Closed');
  });

  it(`takes ${MAX_IMPORT_ROWS} rows and refuses one more with payload_too_large`, () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `e${i}@example.com,E ${i}`).join('\n');
    expect(parseEmployeeCsv(`email,display_name\n${lines(MAX_IMPORT_ROWS)}`)).toHaveLength(MAX_IMPORT_ROWS);
    expect(problemOf(() => parseEmployeeCsv(`email,display_name\n${lines(MAX_IMPORT_ROWS + 1)}`)).code).toBe(
      'payload_too_large',
    );
  });
});
