import { ProblemError } from '../../kernel/ProblemError';

/** Audit pages are ordered by sequence number, newest first; a cursor is the last entry's number. */
export function encodeAuditCursor(seq: number): string {
  return Buffer.from(`a:${seq}`, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): number {
  const match = /^a:([1-9][0-9]{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const seq = match ? Number(match[1]) : NaN;
  if (Number.isSafeInteger(seq)) return seq;
  throw new ProblemError('validation_error', 'The cursor is not one this API returned', {
    errors: [{ path: ['cursor'], message: 'invalid cursor' }],
  });
}
