import type { FieldError, ProblemCode } from '@helpdesk-verify/core-client/schemas';

/**
 * Thrown by handlers for an expected failure; the server turns it into `application/problem+json`
 * with the status of its code.
 */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ProblemError';
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.headers = options.headers;
  }
}

/** The usual 404, worded the same whether the id is unknown or belongs to another organisation. */
export const notFound = (what: string, id: string): ProblemError =>
  new ProblemError('not_found', `No ${what} with id ${id}`);
