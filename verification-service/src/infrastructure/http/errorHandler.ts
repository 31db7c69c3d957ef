import type { FastifyError, FastifyInstance } from 'fastify';
import { ProblemError } from '../../kernel/ProblemError';
import { sendProblem } from './sendProblem';

/** Maps every error to problem+json: expected ones keep their code, anything else is a logged 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ProblemError | Error, request, reply) => {
    if (error instanceof ProblemError) {
      return sendProblem(reply, {
        code: error.code,
        detail: error.detail,
        ...(error.errors ? { errors: error.errors } : {}),
        ...(error.headers ? { headers: error.headers } : {}),
      });
    }
    const code = (error as FastifyError).code;
    switch (code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, {
          code: 'malformed_request',
          detail: `The body is not valid JSON: ${error.message}`,
        });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, {
          code: 'payload_too_large',
          detail: 'The request body is larger than this endpoint accepts',
        });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, {
          code: 'unsupported_media_type',
          detail: `Content-Type ${request.headers['content-type'] ?? '(none)'} is not accepted here`,
        });
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(reply, { code: 'malformed_request', detail: 'Content-Length does not match the body' });
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      return sendProblem(reply, { code: 'malformed_request', detail: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, {
      code: 'internal_error',
      detail: `Something went wrong on our side; quote request id ${request.id}`,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, { code: 'not_found', detail: `No route ${request.method} ${request.url.split('?')[0]}` }),
  );
}
