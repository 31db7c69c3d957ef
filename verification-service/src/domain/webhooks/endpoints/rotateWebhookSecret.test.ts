import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { loadLiveSecrets } from '../secrets/loadLiveSecrets';
import { createWebhookEndpoint } from './createWebhookEndpoint';
import { rotateWebhookSecret } from './rotateWebhookSecret';

describe.each(DATABASE_KINDS)('rotateWebhookSecret on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const create = () =>
    createWebhookEndpoint(ctx, {
      orgId: ctx.orgId,
      body: { url: 'http://127.0.0.1:9/a', description: '', event_types: [] },
    });
  const live = (endpointId: string) => loadLiveSecrets(ctx, { orgId: ctx.orgId, endpointId, at: ctx.clock.now() });

  it('returns a new secret once; the old one stays live for the overlap, then expires', async () => {
    const endpoint = await create();
    ctx.clock.advance(1000);
    const rotated = await rotateWebhookSecret(ctx, {
      orgId: ctx.orgId,
      id: endpoint.id,
      body: { overlap_seconds: 600 },
    });
    expect(rotated).toMatchObject({
      id: endpoint.id,
      updated_at: ctx.clock.now().toISOString(),
      secret: expect.stringMatching(/^whsec_/),
    });
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(await live(endpoint.id)).toEqual([rotated.secret, endpoint.secret]);
    ctx.clock.advance(599_999);
    expect(await live(endpoint.id)).toEqual([rotated.secret, endpoint.secret]);
    ctx.clock.advance(1);
    expect(await live(endpoint.id)).toEqual([rotated.secret]);
  });

  it('with no overlap stops every older secret at once, even one still in an earlier overlap', async () => {
    const endpoint = await create();
    ctx.clock.advance(1000);
    const second = await rotateWebhookSecret(ctx, {
      orgId: ctx.orgId,
      id: endpoint.id,
      body: { overlap_seconds: 86_400 },
    });
    ctx.clock.advance(1000);
    const third = await rotateWebhookSecret(ctx, { orgId: ctx.orgId, id: endpoint.id, body: { overlap_seconds: 0 } });
    expect(await live(endpoint.id)).toEqual([third.secret]);
    expect(second.secret).not.toBe(third.secret);
  });

  it('never lengthens an earlier overlap', async () => {
    const endpoint = await create();
    ctx.clock.advance(1000);
    const second = await rotateWebhookSecret(ctx, { orgId: ctx.orgId, id: endpoint.id, body: { overlap_seconds: 60 } });
    ctx.clock.advance(1000);
    const third = await rotateWebhookSecret(ctx, {
      orgId: ctx.orgId,
      id: endpoint.id,
      body: { overlap_seconds: 3600 },
    });
    expect(await live(endpoint.id)).toEqual([third.secret, second.secret, endpoint.secret]);
    ctx.clock.advance(59_000);
    expect(await live(endpoint.id)).toEqual([third.secret, second.secret]);
  });

  it("answers not_found for another organisation's endpoint", async () => {
    const endpoint = await create();
    await expect(
      rotateWebhookSecret(ctx, { orgId: 'org_someoneelse0000000000', id: endpoint.id, body: { overlap_seconds: 0 } }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await live(endpoint.id)).toEqual([endpoint.secret]);
  });
});
