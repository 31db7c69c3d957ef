import type { FastifyReply } from 'fastify';
import {
  problemStatus,
  problemType,
  type FieldError,
  type Problem,
  type ProblemCode,
} from '@helpdesk-verify/core-client/schemas';

const TITLES: Record<ProblemCode, string> = {
  malformed_request: 'Malformed request',
  validation_error: 'Invalid request',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  invalid_state: 'Invalid state',
  idempotency_mismatch: 'Idempotency key reused with another request',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  employee_not_found: 'Employee not found',
  proof_unavailable: 'Proof unavailable',
  rate_limited: 'Too many requests',
  internal_error: 'Internal error',
  service_unavailable: 'Service unavailable',
};

/** The RFC 9457 body of a problem. */
export function buildProblem(input: {
  code: ProblemCode;
  detail: string;
  errors?: FieldError[];
  instance?: string;
  requestId?: string;
}): Problem {
  return {
    type: problemType(input.code),
    title: TITLES[input.code],
    status: problemStatus[input.code],
    detail: input.detail,
    ...(input.instance ? { instance: input.instance } : {}),
    ...(input.errors ? { errors: input.errors } : {}),
    ...(input.requestId ? { request_id: input.requestId } : {}),
  };
}

/** Replies with `application/problem+json`. */
export function sendProblem(
  reply: FastifyReply,
  input: { code: ProblemCode; detail: string; errors?: FieldError[]; headers?: Record<string, string> },
): FastifyReply {
  const problem = buildProblem({
    ...input,
    instance: reply.request.url.split('?')[0] ?? '/',
    requestId: reply.request.id,
  });
  if (input.headers) void reply.headers(input.headers);
  return reply.code(problem.status).type('application/problem+json').send(problem);
}
