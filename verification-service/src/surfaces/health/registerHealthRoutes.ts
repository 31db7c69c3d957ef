import type { FastifyInstance } from 'fastify';
import type { Database } from '../../kernel/database';
import { sendProblem } from '../../infrastructure/http/sendProblem';
import { pingDatabase } from '../../infrastructure/storage/pingDatabase';

/** `/healthz`: the process answers. `/readyz`: it can reach its database and is not shutting down. */
export function registerHealthRoutes(app: FastifyInstance, input: { db: Database; isClosing: () => boolean }): void {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (input.isClosing()) return sendProblem(reply, { code: 'service_unavailable', detail: 'Shutting down' });
    try {
      await pingDatabase(input.db);
    } catch (error) {
      return sendProblem(reply, {
        code: 'service_unavailable',
        detail: `Database unreachable: ${error instanceof Error ? error.message : 'unknown error'}`,
      });
    }
    return reply.header('cache-control', 'no-store').send({ status: 'ready', database: input.db.driver });
  });
}
