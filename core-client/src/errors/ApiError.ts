import { Problem, problemCodeOf, type ProblemCode } from '../schemas/problem';
import { HelpdeskVerifyError } from './HelpdeskVerifyError';

const REASON_PHRASES: Record<number, string> = {
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const EXCERPT_LENGTH = 200;

/** The service answered with a non-2xx status. Carries the RFC 9457 problem it sent (or one made up from the body). */
export class ApiError extends HelpdeskVerifyError {
  override readonly code = 'api_error' as const;
  /** HTTP status of the response. */
  readonly status: number;
  /** The problem details; synthetic (`type: about:blank`) when the body was not a problem document. */
  readonly problem: Problem;
  /** Our problem code when `problem.type` is one of ours, e.g. `employee_not_found`. */
  readonly problemCode: ProblemCode | undefined;

  constructor(input: { status: number; problem: Problem }) {
    super(`${input.status} ${input.problem.title}: ${input.problem.detail}`);
    this.status = input.status;
    this.problem = input.problem;
    this.problemCode = problemCodeOf(input.problem.type);
  }

  /** Builds the error from any response body: problem+json, another JSON error shape, HTML or nothing. */
  static fromResponse(response: { status: number; body: string }): ApiError {
    return new ApiError({ status: response.status, problem: problemFromBody(response.status, response.body) });
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, problem: this.problem };
  }
}

const problemFromBody = (status: number, body: string): Problem => {
  const json = parseJson(body);
  const parsed = Problem.safeParse(json);
  if (parsed.success) return parsed.data;
  const title = REASON_PHRASES[status] ?? `HTTP ${status}`;
  // Fastify's default error shape: { statusCode, error, message }.
  if (isRecord(json) && typeof json.message === 'string') {
    return {
      type: 'about:blank',
      title: typeof json.error === 'string' ? json.error : title,
      status,
      detail: json.message,
    };
  }
  const excerpt = body.trim().slice(0, EXCERPT_LENGTH);
  return {
    type: 'about:blank',
    title,
    status,
    detail: excerpt === '' ? `The server answered ${status} with an empty body` : excerpt,
  };
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
