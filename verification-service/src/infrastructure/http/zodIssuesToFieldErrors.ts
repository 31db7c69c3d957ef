import type { z } from 'zod';
import type { FieldError } from '@helpdesk-verify/core-client/schemas';

/** zod issues as the per-field `errors` of a problem, prefixed with where the value came from. */
export function zodIssuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): FieldError[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}
