import type { FastifyInstance } from 'fastify';
import { html } from '../../kernel/html';
import { layout } from '../pageLayout/layout';
import type { DemoWebhookInbox } from './createDemoWebhookInbox';

/** `POST /dev/webhooks` receives the demo organisation's webhooks; `GET /dev/webhooks` shows them. */
export async function registerDemoWebhookInbox(app: FastifyInstance, inbox: DemoWebhookInbox): Promise<void> {
  await app.register(async (scope) => {
    // The signature covers the exact bytes, so this route keeps the body as a string.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/dev/webhooks', async (request, reply) => {
      const outcome = inbox.receive(request.headers, typeof request.body === 'string' ? request.body : '');
      if (!outcome.accepted) return reply.code(outcome.status).send({ error: outcome.reason });
      return reply.code(200).send({ received: true, duplicate: outcome.duplicate });
    });
  });
  app.get('/dev/webhooks', async (_request, reply) => {
    const received = inbox.list();
    const body = html` <meta http-equiv="refresh" content="5" />
      <h1>Demo webhook receiver</h1>
      <p class="muted">
        Signed <code>trust_check.*</code> webhooks the demo organisation sent here, checked like a ticketing app checks
        them (signature, timestamp, replayed id), with the ticket text every integration writes.
      </p>
      ${received.length === 0 ? html`<p class="card">Nothing yet. Complete a verification and its result appears here.</p>` : ''}
      ${received.map(
        (w) =>
          html`<section class="card">
            <h2>${w.headline}</h2>
            <p class="muted">
              ${w.eventType} · ${w.verificationId} · webhook-id ${w.id} · received ${w.receivedAt} · signature verified
            </p>
            <pre style="white-space:pre-wrap">${w.plainText}</pre>
          </section>`,
      )}`;
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(layout({ title: 'Demo webhook receiver', body }));
  });
}
