import { ApiError, HelpdeskVerifyError } from '@helpdesk-verify/core-client/client';
import { NotConfiguredError } from '../config/NotConfiguredError';
import { JiraRequestError } from '../jira/JiraRequestError';

/** What every resolver answers: the bridge turns thrown errors into a generic message, so failures are data. */
export type ResolverOutcome<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** Error codes a resolver reports. */
export type ResolverErrorCode = 'not_configured' | 'service_error' | 'jira_error' | 'invalid_input' | 'forbidden';

/** Thrown by resolvers for input they refuse; becomes `{ ok: false, error: { code, message } }`. */
export class ResolverInputError extends Error {
  constructor(
    readonly code: Extract<ResolverErrorCode, 'invalid_input' | 'forbidden'>,
    message: string,
  ) {
    super(message);
    this.name = 'ResolverInputError';
  }
}

/** Runs a resolver body and turns expected failures into a {@link ResolverOutcome}. */
export const toOutcome = async <T>(body: () => Promise<T>): Promise<ResolverOutcome<T>> => {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    const fail = (code: ResolverErrorCode, message: string): ResolverOutcome<T> => ({
      ok: false,
      error: { code, message },
    });
    if (error instanceof ResolverInputError) return fail(error.code, error.message);
    if (error instanceof NotConfiguredError) return fail('not_configured', error.message);
    if (error instanceof ApiError) return fail('service_error', error.problem.detail);
    if (error instanceof HelpdeskVerifyError) return fail('service_error', error.message);
    if (error instanceof JiraRequestError) return fail('jira_error', error.message);
    if (error instanceof TypeError) return fail('invalid_input', error.message);
    throw error;
  }
};
