import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';

/**
 * The baseline: a bare Fastify server on 127.0.0.1 with one `POST /v1/verifications` route that
 * parses the JSON body and answers 201 with `sample` (a real create-verification response, so the
 * answer is the same size) under a fresh id and the request's ticket. No database, no auth, no
 * validation, no mail: what HTTP and JSON alone cost on this machine.
 */
export async function startBareServer(options: {
  sample: Record<string, unknown>;
}): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.post('/v1/verifications', async (request, reply) => {
    const body = request.body as { ticket?: unknown };
    return reply
      .code(201)
      .send({ ...options.sample, id: `ver_${randomBytes(16).toString('hex')}`, ticket: body.ticket ?? null });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
