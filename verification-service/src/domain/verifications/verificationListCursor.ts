import type { VerificationSort } from '@helpdesk-verify/core-client/schemas';
import { ProblemError } from '../../kernel/ProblemError';

/** Where a page ended: the sort it was made with, the last row's sort value (null sorts last) and id. */
export interface VerificationListPosition {
  sort: VerificationSort;
  order: 'asc' | 'desc';
  value: string | number | null;
  id: string;
}

const invalid = () =>
  new ProblemError('validation_error', 'The cursor is not one this API returned for this sort', {
    errors: [{ path: ['cursor'], message: 'invalid cursor' }],
  });

export function encodeVerificationListCursor(position: VerificationListPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.order, position.value, position.id]), 'utf8').toString(
    'base64url',
  );
}

/**
 * Reads a cursor back, refusing one made for another sort or order (the keyset would skip or repeat
 * rows) and values that could not have come from a row.
 */
export function decodeVerificationListCursor(
  cursor: string,
  expected: { sort: VerificationSort; order: 'asc' | 'desc' },
): VerificationListPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [sort, order, value, id] = parsed as unknown[];
  if (
    sort !== expected.sort ||
    order !== expected.order ||
    typeof id !== 'string' ||
    !/^ver_[0-9A-Za-z]{10,40}$/.test(id)
  )
    throw invalid();
  const { sort: s, order: o } = expected;
  if (value === null && s !== 'created_at') return { sort: s, order: o, value, id };
  if (s === 'risk_score' && Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100)
    return { sort: s, order: o, value: value as number, id };
  if (
    s !== 'risk_score' &&
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  ) {
    return { sort: s, order: o, value, id };
  }
  throw invalid();
}
