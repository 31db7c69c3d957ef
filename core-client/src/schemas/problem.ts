import { z } from 'zod';

/**
 * The closed list of problem codes. Each maps to one HTTP status in {@link problemStatus},
 * so a new code without a status does not compile.
 */
export const ProblemCode = z.enum([
  'malformed_request',
  'validation_error',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'invalid_state',
  'idempotency_mismatch',
  'payload_too_large',
  'unsupported_media_type',
  'employee_not_found',
  'proof_unavailable',
  'rate_limited',
  'internal_error',
  'service_unavailable',
]);
export type ProblemCode = z.infer<typeof ProblemCode>;

export const problemStatus: Record<ProblemCode, number> = {
  malformed_request: 400,
  validation_error: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_state: 409,
  idempotency_mismatch: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  employee_not_found: 422,
  proof_unavailable: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

const TYPE_PREFIX = 'urn:helpdesk-verify:problem:';

/** The stable `type` URI of a problem code. */
export const problemType = (code: ProblemCode): string => TYPE_PREFIX + code.replace(/_/g, '-');

/** The problem code of a `type` URI, or undefined when it is not one of ours. */
export const problemCodeOf = (type: string): ProblemCode | undefined => {
  if (!type.startsWith(TYPE_PREFIX)) return undefined;
  const parsed = ProblemCode.safeParse(type.slice(TYPE_PREFIX.length).replace(/-/g, '_'));
  return parsed.success ? parsed.data : undefined;
};

/** One field error: `path` is the JSON path of the offending value, e.g. `["employee","email"]`. */
export const FieldError = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

/** RFC 9457 problem details, sent as `application/problem+json`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(FieldError).optional(),
  request_id: z.string().optional(),
});

export type FieldError = z.infer<typeof FieldError>;
export type Problem = z.infer<typeof Problem>;
