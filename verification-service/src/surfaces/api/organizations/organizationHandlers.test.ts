import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { getOrganization } from '../../../domain/organizations/getOrganization';
import { organizationHandlers } from './organizationHandlers';

describe.each(DATABASE_KINDS)('getOrganization on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("answers the caller's organisation through the handler", async () => {
    const handler = organizationHandlers(ctx).getOrganization!;
    const answer = await handler({
      params: {},
      query: {},
      body: undefined as never,
      caller: {
        orgId: ctx.orgId,
        scopes: ['verifications:read'],
        actor: { type: 'api_key', id: 'key_test00000000', name: 'test key' },
      },
      idempotencyKey: undefined,
      requestId: 'req_test',
    });
    expect(answer).toEqual({
      id: ctx.orgId,
      name: 'Acme Test',
      settings: { face_image_retention_days: 0, verification_retention_days: null },
      created_at: ctx.clock.now().toISOString(),
    });
  });

  it('answers not_found for an organisation that does not exist', async () => {
    await expect(getOrganization(ctx, { orgId: 'org_doesnotexist00' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
