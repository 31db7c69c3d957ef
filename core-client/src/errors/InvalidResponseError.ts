import type { z } from 'zod';
import { HelpdeskVerifyError } from './HelpdeskVerifyError';

/** A 2xx response whose body is not JSON or does not match the endpoint's response schema. */
export class InvalidResponseError extends HelpdeskVerifyError {
  override readonly code = 'invalid_response' as const;
  /** HTTP status of the response. */
  readonly status: number;
  /** What did not match; empty when the body was not JSON at all. */
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(input: { message: string; status: number; issues: readonly z.core.$ZodIssue[] }) {
    super(input.message);
    this.status = input.status;
    this.issues = input.issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, issues: this.issues };
  }
}
