import { createOrganization } from '../../organizations/createOrganization';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { createWebhookEndpoint } from './createWebhookEndpoint';
import { listWebhookEndpoints } from './listWebhookEndpoints';

describe.each(DATABASE_KINDS)('listWebhookEndpoints on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("pages through the organisation's endpoints newest first, without secrets", async () => {
    const orgId = (await createOrganization(ctx, { name: 'Paged' })).id;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ctx.clock.advance(1000);
      ids.push(
        (
          await createWebhookEndpoint(ctx, {
            orgId,
            body: { url: `http://127.0.0.1:9/${i}`, description: '', event_types: [] },
          })
        ).id,
      );
    }
    await createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: 'http://127.0.0.1:9/other', description: '', event_types: [] },
    });

    const first = await listWebhookEndpoints(ctx, { orgId, query: { limit: 2 } });
    expect(first.data.map((e) => e.id)).toEqual([ids[2], ids[1]]);
    expect(first.data[0]).not.toHaveProperty('secret');
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await listWebhookEndpoints(ctx, { orgId, query: { limit: 2, cursor: first.next_cursor! } });
    expect(second).toEqual({
      data: [expect.objectContaining({ id: ids[0], url: 'http://127.0.0.1:9/0' })],
      next_cursor: null,
    });
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(
      listWebhookEndpoints(ctx, { orgId: ctx.orgId, query: { limit: 2, cursor: 'garbage' } }),
    ).rejects.toMatchObject({
      code: 'validation_error',
    });
  });
});
