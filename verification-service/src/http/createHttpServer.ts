import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import formbody from '@fastify/formbody';
import cookie from '@fastify/cookie';
import { randomUUID } from 'node:crypto';
import { installErrorHandler } from './errorHandler';

/** Largest API body: an employee import or a reference photo. Employee-page forms get far less. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * The bare Fastify instance every route is mounted on: body parsers (JSON, CSV, forms),
 * cookies, security headers, request ids and problem+json errors.
 */
export async function createHttpServer(options: { logger: FastifyServerOptions['logger']; trustProxy?: boolean }): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: options.trustProxy ?? false,
    genReqId: () => `req_${randomUUID().replace(/-/g, '')}`,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(cookie);
  installErrorHandler(app);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-request-id', request.id);
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    return payload;
  });
  return app;
}
