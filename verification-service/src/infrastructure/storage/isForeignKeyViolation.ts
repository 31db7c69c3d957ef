/** Whether a database error is PostgreSQL's foreign_key_violation (SQLSTATE 23503), on either driver. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23503';
}
