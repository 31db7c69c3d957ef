import { ProblemError } from '../../kernel/ProblemError';

/** Lists are ordered newest first by (created_at, id); a cursor is the last row's pair. */
export interface CursorPosition {
  createdAt: Date;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id]), 'utf8').toString('base64url');
}

/** The ids we issue (`ver_3kT9…`); anything else in a cursor was forged and never reaches SQL. */
const CURSOR_ID = /^[a-z]{2,8}_[0-9A-Za-z]{1,64}$/;

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      CURSOR_ID.test(parsed[1])
    ) {
      const createdAt = new Date(parsed[0]);
      // PostgreSQL refuses (with an error, not a miss) dates JavaScript accepts, such as 271821 BC.
      const year = createdAt.getUTCFullYear();
      if (year >= 1 && year <= 9999) return { createdAt, id: parsed[1] };
    }
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError('validation_error', 'The cursor is not one this API returned', {
    errors: [{ path: ['cursor'], message: 'invalid cursor' }],
  });
}

/**
 * Adds the keyset condition for `cursor` to a query whose parameters so far are `params`.
 * Returns the SQL fragment (empty without a cursor); pushes its two parameters.
 */
export function cursorCondition(cursor: string | undefined, params: unknown[], alias = ''): string {
  if (!cursor) return '';
  const position = decodeCursor(cursor);
  params.push(position.createdAt, position.id);
  const p = alias ? `${alias}.` : '';
  return ` AND (${p}created_at, ${p}id) < ($${params.length - 1}, $${params.length})`;
}

/**
 * Turns `limit + 1` rows fetched newest first into a page: the extra row only says another page exists.
 */
export function toPage<R extends { created_at: unknown; id: unknown }, T>(
  rows: R[],
  limit: number,
  toItem: (row: R) => T,
): { data: T[]; next_cursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return {
    data: kept.map(toItem),
    next_cursor: more && last ? encodeCursor({ createdAt: last.created_at as Date, id: last.id as string }) : null,
  };
}
