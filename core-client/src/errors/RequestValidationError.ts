import type { z } from 'zod';
import { HelpdeskVerifyError } from './HelpdeskVerifyError';

/** The caller's params, query or body did not match the endpoint's schema; nothing was sent. */
export class RequestValidationError extends HelpdeskVerifyError {
  override readonly code = 'request_validation' as const;
  /** Which part of the request was wrong. */
  readonly part: 'params' | 'query' | 'body';
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(input: { part: 'params' | 'query' | 'body'; issues: readonly z.core.$ZodIssue[] }) {
    super(`Invalid request ${input.part}: ${describeIssues(input.issues)}`);
    this.part = input.part;
    this.issues = input.issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), part: this.part, issues: this.issues };
  }
}

const describeIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('; ');
