import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** A link token (`/v/<token>`) is a bearer secret: request logs show where it was, not what it was. */
export const redactLogUrl = (url: string): string => url.replace(/\/v\/[^/?#]*/, '/v/[token]');

/**
 * What a request log line says of the request: method, URL (link token cut) and host. Not the
 * client's address, which Fastify's default serializer adds: employees' network addresses are
 * personal data the service never keeps, in its database or its logs.
 */
export function privateRequestSerializer(request: FastifyRequest): Record<string, unknown> {
  return { method: request.method, url: redactLogUrl(request.url), host: request.host };
}

/** The logger options with the private request serializer (a disabled logger stays disabled). */
export function withPrivateRequestLog(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return logger;
  const options = (logger === true ? {} : logger) as Record<string, unknown> & {
    serializers?: Record<string, unknown>;
  };
  return {
    ...options,
    serializers: { ...options.serializers, req: privateRequestSerializer },
  } as FastifyServerOptions['logger'];
}
