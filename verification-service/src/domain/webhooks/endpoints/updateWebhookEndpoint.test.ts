import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { ProblemError } from '../../../kernel/ProblemError';
import { disableWebhookEndpoint } from '../dispatch/disableWebhookEndpoint';
import { createWebhookEndpoint } from './createWebhookEndpoint';
import { getWebhookEndpoint } from './getWebhookEndpoint';
import { updateWebhookEndpoint } from './updateWebhookEndpoint';

describe.each(DATABASE_KINDS)('updateWebhookEndpoint on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const create = () =>
    createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: 'http://127.0.0.1:9/a', description: 'first', event_types: [] },
    });

  it('changes only the fields given', async () => {
    const endpoint = await create();
    ctx.clock.advance(1000);
    const updated = await updateWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      id: endpoint.id,
      body: { description: 'second', event_types: ['trust_check.expired'] },
    });
    expect(updated).toEqual({
      ...endpoint,
      secret: undefined,
      description: 'second',
      event_types: ['trust_check.expired'],
      updated_at: ctx.clock.now().toISOString(),
    });
    expect(await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).toEqual(updated);
  });

  it('checks a new URL like on create', async () => {
    const endpoint = await create();
    const strict = { ...ctx, config: { ...ctx.config, allowPrivateWebhookTargets: false } };
    const error = await updateWebhookEndpoint(strict, {
      orgId: ctx.orgId,
      id: endpoint.id,
      body: { url: 'http://[::1]:8080/' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      code: 'validation_error',
      errors: [{ path: ['url'], message: expect.stringContaining('loopback') }],
    });
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).url).toBe('http://127.0.0.1:9/a');
    const moved = await updateWebhookEndpoint(strict, {
      orgId: ctx.orgId,
      id: endpoint.id,
      body: { url: 'https://93.184.216.34/b' },
    });
    expect(moved.url).toBe('https://93.184.216.34/b');
  });

  it('disables through the API with a reason, and re-enabling clears disabled_reason and failing_since', async () => {
    const endpoint = await create();
    const disabled = await updateWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id, body: { enabled: false } });
    expect(disabled).toMatchObject({
      enabled: false,
      disabled_reason: `Disabled through the API on ${ctx.clock.now().toISOString()}`,
    });

    const failingSince = ctx.clock.now();
    await ctx.db.query('UPDATE webhook_endpoints SET enabled = true, failing_since = $2 WHERE id = $1', [
      endpoint.id,
      failingSince,
    ]);
    await ctx.db.transaction((tx) =>
      disableWebhookEndpoint(ctx, {
        tx,
        orgId: ctx.orgId,
        endpointId: endpoint.id,
        reason: 'Disabled on … after failing',
        at: ctx.clock.now(),
      }),
    );
    expect(await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).toMatchObject({
      enabled: false,
      disabled_reason: 'Disabled on … after failing',
      failing_since: failingSince.toISOString(),
    });

    const enabled = await updateWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id, body: { enabled: true } });
    expect(enabled).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
  });

  it("answers not_found for unknown ids and other organisations' endpoints", async () => {
    const endpoint = await create();
    for (const [orgId, id] of [
      ['org_someoneelse0000000000', endpoint.id],
      [ctx.orgId, 'whk_doesnotexist0000000000'],
    ] as const) {
      const error = await updateWebhookEndpoint(ctx, { orgId, id, body: { description: 'x' } }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'not_found', detail: `No webhook endpoint with id ${id}` });
    }
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).description).toBe('first');
  });
});
