import type { z } from 'zod';
import { endpoints, type EndpointName, type Endpoints } from '@helpdesk-verify/core-client/api';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { createOrganization } from '../../../domain/organizations/createOrganization';
import type { HandlerInput, Handlers } from '../../../infrastructure/http/handler';
import { webhookHandlers } from './webhookHandlers';

describe.each(DATABASE_KINDS)('webhookHandlers on %s', (kind) => {
  let ctx: TestContext;
  let handlers: Handlers;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    handlers = webhookHandlers(ctx);
  });
  afterAll(() => ctx.db.close());

  /** Calls a handler the way the server does: input parsed by the endpoint's own schemas. */
  async function call<K extends EndpointName>(
    name: K,
    orgId: string,
    raw: { params?: unknown; query?: unknown; body?: unknown } = {},
  ): Promise<z.output<Endpoints[K]['response']>> {
    const endpoint = endpoints[name];
    const input = {
      params: endpoint.params.parse(raw.params ?? {}),
      query: endpoint.query.parse(raw.query ?? {}),
      body: endpoint.body ? endpoint.body.parse(raw.body ?? {}) : undefined,
      caller: { orgId, scopes: ['admin'], actor: { type: 'api_key', id: 'key_test', name: 'test key' } },
      idempotencyKey: undefined,
      requestId: 'req_test',
    } as unknown as HandlerInput<K>;
    const handler = handlers[name] as ((i: HandlerInput<K>) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for ${name}`);
    return endpoint.response.parse(await handler(input)) as z.output<Endpoints[K]['response']>;
  }

  it('serves every webhook endpoint of the API table', () => {
    const names = Object.entries(endpoints)
      .filter(([, e]) => e.tag === 'Webhooks')
      .map(([n]) => n)
      .sort();
    expect(Object.keys(handlers).sort()).toEqual(names);
  });

  it('runs the endpoint lifecycle with responses that match the contract', async () => {
    const created = await call('createWebhookEndpoint', ctx.orgId, { body: { url: 'http://127.0.0.1:9/hook' } });
    expect(created).toMatchObject({
      description: '',
      event_types: [],
      enabled: true,
      secret: expect.stringMatching(/^whsec_/),
    });
    const params = { id: created.id };
    expect(await call('getWebhookEndpoint', ctx.orgId, { params })).not.toHaveProperty('secret');
    expect(await call('listWebhookEndpoints', ctx.orgId, { query: { limit: '10' } })).toMatchObject({
      data: [{ id: created.id }],
    });
    expect(await call('updateWebhookEndpoint', ctx.orgId, { params, body: { enabled: false } })).toMatchObject({
      enabled: false,
    });
    const rotated = await call('rotateWebhookSecret', ctx.orgId, { params, body: {} });
    expect(rotated.secret).not.toBe(created.secret);
    expect(await call('listWebhookDeliveries', ctx.orgId, { params })).toEqual({ data: [], next_cursor: null });
    expect(await call('deleteWebhookEndpoint', ctx.orgId, { params })).toMatchObject({ id: created.id });
  });

  it("answers not_found for every operation on another organisation's endpoint", async () => {
    const created = await call('createWebhookEndpoint', ctx.orgId, { body: { url: 'http://127.0.0.1:9/hook' } });
    const stranger = (await createOrganization(ctx, { name: 'Stranger' })).id;
    const params = { id: created.id };
    const attempts: Array<Promise<unknown>> = [
      call('getWebhookEndpoint', stranger, { params }),
      call('updateWebhookEndpoint', stranger, { params, body: { description: 'mine now' } }),
      call('rotateWebhookSecret', stranger, { params, body: {} }),
      call('listWebhookDeliveries', stranger, { params }),
      call('redeliverWebhook', stranger, { params: { id: created.id, delivery_id: 'dlv_0000000000000000' } }),
      call('deleteWebhookEndpoint', stranger, { params }),
    ];
    for (const attempt of attempts)
      await expect(attempt).rejects.toMatchObject({ name: 'ProblemError', code: 'not_found' });
    expect(await call('listWebhookEndpoints', stranger)).toEqual({ data: [], next_cursor: null });
    expect(await call('getWebhookEndpoint', ctx.orgId, { params })).toMatchObject({ description: '' });
  });
});
