import type { z } from 'zod';
import { Problem } from '../schemas/problem';
import { ApiError } from './ApiError';
import { HelpdeskVerifyError } from './HelpdeskVerifyError';
import { InvalidResponseError } from './InvalidResponseError';
import { NetworkError } from './NetworkError';
import { RequestValidationError } from './RequestValidationError';
import { TimeoutError } from './TimeoutError';

/**
 * One typed error from anything a transport, a host API or a JSON boundary throws:
 * - a {@link HelpdeskVerifyError} is returned as is;
 * - its `toJSON()` form (e.g. after crossing the Forge bridge) is rebuilt;
 * - an RFC 9457 problem, or an HTTP failure shaped `{ status, responseText | body }` (ZAF), becomes an {@link ApiError};
 * - anything else is a {@link NetworkError} with the original as `cause`.
 */
export const toHelpdeskVerifyError = (error: unknown): HelpdeskVerifyError => {
  if (error instanceof HelpdeskVerifyError) return error;
  if (isRecord(error)) {
    const rebuilt = fromJson(error);
    if (rebuilt) return rebuilt;
    const problem = Problem.safeParse(error);
    if (problem.success) return new ApiError({ status: problem.data.status, problem: problem.data });
    const body = typeof error.responseText === 'string' ? error.responseText : error.body;
    if (typeof error.status === 'number' && error.status >= 300 && typeof body === 'string') {
      return ApiError.fromResponse({ status: error.status, body });
    }
  }
  // Duck-typed: errors from another realm (a VM context, an iframe) are not `instanceof Error` here.
  const message = isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
  return new NetworkError(message, { cause: error });
};

const fromJson = (json: Record<string, unknown>): HelpdeskVerifyError | undefined => {
  const message = typeof json.message === 'string' ? json.message : '';
  const issues = (Array.isArray(json.issues) ? json.issues : []) as z.core.$ZodIssue[];
  switch (json.code) {
    case 'api_error': {
      const problem = Problem.safeParse(json.problem);
      return problem.success && typeof json.status === 'number'
        ? new ApiError({ status: json.status, problem: problem.data })
        : undefined;
    }
    case 'timeout':
      return typeof json.timeoutMs === 'number' ? new TimeoutError(json.timeoutMs) : undefined;
    case 'network_error':
      return new NetworkError(message);
    case 'invalid_response':
      return typeof json.status === 'number'
        ? new InvalidResponseError({ message, status: json.status, issues })
        : undefined;
    case 'request_validation':
      return json.part === 'params' || json.part === 'query' || json.part === 'body'
        ? new RequestValidationError({ part: json.part, issues })
        : undefined;
    default:
      return undefined;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
