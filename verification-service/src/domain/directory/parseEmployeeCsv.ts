import { parse } from 'csv-parse/sync';
import type { FieldError } from '@helpdesk-verify/core-client/schemas';
import { ProblemError } from '../../kernel/ProblemError';
import { EMPLOYEE_FIELDS } from './toEmployeeColumns';

/** The most employees one import takes (JSON or CSV). */
export const MAX_IMPORT_ROWS = 10_000;

/** The columns a CSV import may have: the field names of `CreateEmployeeRequest`. */
export const EMPLOYEE_CSV_COLUMNS: readonly string[] = [...EMPLOYEE_FIELDS, 'reference_photo'];

/** One row to import: the raw employee to validate, or why the row could not even be read. */
export type EmployeeImportRow = { input: unknown } | { errors: FieldError[] };

/** Columns that may not be null: an empty cell means "not given" (status: keep it, or active for a new employee). */
const EMPTY_MEANS_ABSENT: ReadonlySet<string> = new Set(['status']);

/**
 * Reads an employee CSV: a header row with the field names of `CreateEmployeeRequest` (any case,
 * any order; `email` and `display_name` required), then one employee per row. An empty cell is
 * `null`, so a column in the header is managed by the file (an empty phone clears the phone);
 * a column left out of the header is left alone. Rows with the wrong number of cells come back
 * as row errors; an unreadable file, a bad header, no rows or more than {@link MAX_IMPORT_ROWS}
 * rows throw a problem (the rest of a too-long file is not parsed).
 */
export function parseEmployeeCsv(text: string): EmployeeImportRow[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      to: MAX_IMPORT_ROWS + 2,
    }) as string[][];
  } catch (error) {
    throw new ProblemError(
      'malformed_request',
      `The CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const [header, ...rows] = records;
  if (!header)
    throw new ProblemError('validation_error', 'The CSV is empty: send a header row, then one employee per row');
  assertHeader(header);
  if (rows.length === 0) throw new ProblemError('validation_error', 'The CSV has a header but no employees');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ProblemError('payload_too_large', `An import takes at most ${MAX_IMPORT_ROWS} employees; split the file`);
  }
  const columns = header.map((h) => h.toLowerCase());
  return rows.map((cells) => {
    if (cells.length !== columns.length) {
      return {
        errors: [{ path: [], message: `expected ${columns.length} cells like the header, found ${cells.length}` }],
      };
    }
    const input: Record<string, string | null> = {};
    columns.forEach((column, i) => {
      const cell = cells[i] ?? '';
      if (cell !== '') input[column] = cell;
      else if (!EMPTY_MEANS_ABSENT.has(column)) input[column] = null;
    });
    return { input };
  });
}

function assertHeader(header: string[]): void {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  header.forEach((raw, i) => {
    const column = raw.toLowerCase();
    if (!EMPLOYEE_CSV_COLUMNS.includes(column))
      errors.push({ path: ['header', i], message: `unknown column "${raw}"` });
    else if (seen.has(column)) errors.push({ path: ['header', i], message: `column "${raw}" appears twice` });
    seen.add(column);
  });
  for (const required of ['email', 'display_name']) {
    if (!seen.has(required)) errors.push({ path: ['header'], message: `missing the "${required}" column` });
  }
  if (errors.length > 0) {
    throw new ProblemError(
      'validation_error',
      `The CSV header is not valid. Columns: ${EMPLOYEE_CSV_COLUMNS.join(', ')}`,
      { errors },
    );
  }
}
