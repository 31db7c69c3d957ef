import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import formbody from '@fastify/formbody';
import cookie from '@fastify/cookie';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { addJsonParser } from './addJsonParser';
import { installErrorHandler } from './errorHandler';
import { ProblemError } from '../../kernel/ProblemError';
import { buildProblem, sendProblem } from './sendProblem';

/** Largest API body: an employee import or a reference photo. Employee-page forms get far less. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Node's limit on a request head: no path parameter is longer, so every id reaches its route and schema. */
const MAX_HEAD_BYTES = 16 * 1024;

/**
 * Requests Node cannot parse (a head over 16 KB, broken HTTP) never reach Fastify's routes: answer
 * them with a problem too, then close, as Fastify's default handler does.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const detail =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 'The request line and headers are larger than 16 KB'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 'The request took too long to arrive'
          : 'The request is not valid HTTP/1.1';
    const body = JSON.stringify(buildProblem({ code: 'malformed_request', detail }));
    socket.write(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * The bare Fastify instance every route is mounted on: body parsers (JSON, CSV, forms),
 * cookies, security headers, request ids and problem+json errors. With `hstsMaxAgeSeconds` > 0
 * (the public URL is https) every response carries `Strict-Transport-Security: max-age=…`.
 */
export async function createHttpServer(options: {
  logger: FastifyServerOptions['logger'];
  trustProxy?: boolean | string[];
  hstsMaxAgeSeconds?: number;
}): Promise<FastifyInstance> {
  const hsts =
    options.hstsMaxAgeSeconds && options.hstsMaxAgeSeconds > 0
      ? `max-age=${Math.floor(options.hstsMaxAgeSeconds)}`
      : null;
  const setSecurityHeaders = (request: FastifyRequest, reply: FastifyReply): void => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-request-id', request.id);
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    if (hsts) reply.header('strict-transport-security', hsts);
  };
  const app = Fastify({
    logger: options.logger,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: options.trustProxy ?? false,
    genReqId: () => `req_${randomUUID().replace(/-/g, '')}`,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_HEAD_BYTES },
    // A path that is not valid percent-encoding (`/v1/links/%FF`) fails before any route.
    frameworkErrors: (error, request, reply) => {
      // Answered before any hook runs: the headers every other answer gets are set here.
      setSecurityHeaders(request, reply);
      return sendProblem(reply, { code: 'malformed_request', detail: `The URL is not valid: ${error.message}` });
    },
    clientErrorHandler: answerClientError,
  });
  addJsonParser(app, 'application/json');
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(cookie);
  installErrorHandler(app);
  // Fastify does not decode compressed bodies: a gzip body would be read as if it were plain text.
  app.addHook('onRequest', async (request) => {
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      throw new ProblemError(
        'unsupported_media_type',
        `Content-Encoding ${encoding} is not accepted: send the body uncompressed`,
      );
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    return payload;
  });
  return app;
}
