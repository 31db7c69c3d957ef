import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { enqueueEvent } from '../enqueueEvent';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { createWebhookEndpoint } from './createWebhookEndpoint';
import { deleteWebhookEndpoint } from './deleteWebhookEndpoint';
import { getWebhookEndpoint } from './getWebhookEndpoint';

describe.each(DATABASE_KINDS)('deleteWebhookEndpoint and getWebhookEndpoint on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it('deletes the endpoint with its secrets and deliveries and returns it as it was', async () => {
    const endpoint = await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: 'http://127.0.0.1:9/a', description: 'd', event_types: [] },
    });
    await ctx.db.transaction((tx) =>
      enqueueEvent(ctx, {
        tx,
        orgId: ctx.orgId,
        eventType: 'trust_check.completed',
        verificationId: null,
        payload: sampleTrustCheckEvent(),
      }),
    );
    const { secret: _secret, ...shown } = endpoint;
    expect(await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).toEqual(shown);
    expect(await deleteWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).toEqual(shown);
    await expect(getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await ctx.db.query('SELECT 1 FROM webhook_secrets WHERE endpoint_id = $1', [endpoint.id])).toEqual([]);
    expect(await ctx.db.query('SELECT 1 FROM webhook_deliveries WHERE endpoint_id = $1', [endpoint.id])).toEqual([]);
    await expect(deleteWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it("answers not_found for another organisation's endpoint and leaves it alone", async () => {
    const endpoint = await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: 'http://127.0.0.1:9/a', description: '', event_types: [] },
    });
    const stranger = 'org_someoneelse0000000000';
    await expect(getWebhookEndpoint(ctx, { orgId: stranger, id: endpoint.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(deleteWebhookEndpoint(ctx, { orgId: stranger, id: endpoint.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await getWebhookEndpoint(ctx, { orgId: ctx.orgId, id: endpoint.id })).id).toBe(endpoint.id);
  });
});
