import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ProblemError } from '../../kernel/ProblemError';
import { zodIssuesToFieldErrors } from '../../infrastructure/http/zodIssuesToFieldErrors';

/**
 * The request's JSON body parsed by `schema`. Only application/json is accepted, so a cross-site HTML
 * form (which can only send form or text bodies without a CORS preflight) never reaches a sign-in.
 */
export function readJsonBody<S extends z.ZodType>(request: FastifyRequest, schema: S): z.output<S> {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json')
    throw new ProblemError('unsupported_media_type', 'Send the body as application/json');
  const parsed = schema.safeParse(request.body ?? {});
  if (!parsed.success)
    throw new ProblemError('validation_error', 'The body is not valid', {
      errors: zodIssuesToFieldErrors(parsed.error.issues, []),
    });
  return parsed.data;
}
