import type { FastifyInstance, FastifyReply } from 'fastify';
import { escapeHtml } from '@helpdesk-verify/core-client/format';
import type { LocalOutbox } from '../../../infrastructure/messaging/capture/createLocalOutbox';
import { OUTBOX_PAGE_CSP, outboxPageLayout } from './outboxPageLayout';
import { renderOutboxList } from './renderOutboxList';
import { renderOutboxMessage } from './renderOutboxMessage';

const MAX_LIMIT = 500;

/**
 * Adds the development outbox pages: `GET {basePath}` (the list, newest first, refreshed every
 * 5 s), `GET {basePath}/{id}` (one message) and `GET {basePath}.json` (`{ data: CapturedMessage[] }`,
 * `?limit=` up to 500). They show live verification links: register them only when the service
 * captures messages instead of sending them, never in production.
 */
export function registerOutboxPage(
  app: FastifyInstance,
  options: { outbox: Pick<LocalOutbox, 'list' | 'get' | 'dir'>; basePath?: string; limit?: number },
): void {
  const { outbox, basePath = '/dev/outbox', limit = 50 } = options;
  if (!/^\/[A-Za-z0-9/_-]*[A-Za-z0-9_-]$/.test(basePath) || basePath.includes('//')) {
    throw new TypeError(`basePath must look like /dev/outbox (no trailing slash), got ${JSON.stringify(basePath)}`);
  }

  app.get(basePath, async (_request, reply) => {
    const messages = await outbox.list({ limit });
    return sendPage(reply, 200, renderOutboxList(messages, { basePath, dir: outbox.dir }));
  });

  app.get<{ Querystring: { limit?: string } }>(`${basePath}.json`, async (request, reply) => {
    const asked = Number(request.query.limit ?? limit);
    const count = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_LIMIT) : limit;
    secure(reply);
    return reply.type('application/json; charset=utf-8').send({ data: await outbox.list({ limit: count }) });
  });

  app.get<{ Params: { id: string } }>(`${basePath}/:id`, async (request, reply) => {
    const message = await outbox.get(request.params.id);
    if (!message) {
      const body = `<p><a href="${escapeHtml(basePath)}">Back to the outbox</a></p>\n<h1>Not found</h1>\n<p>No captured message has the id <code>${escapeHtml(request.params.id)}</code>.</p>`;
      return sendPage(reply, 404, outboxPageLayout({ title: 'Not found - Outbox', body }));
    }
    return sendPage(reply, 200, renderOutboxMessage(message, { basePath }));
  });
}

function secure(reply: FastifyReply): void {
  reply
    .header('content-security-policy', OUTBOX_PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store');
}

function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  secure(reply);
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}
