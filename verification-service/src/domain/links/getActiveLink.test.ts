import { CreateLinkRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { archiveLink } from './archiveLink';
import { createLink } from './createLink';
import { getActiveLink } from './getActiveLink';
import { getLink } from './getLink';

const proofCapabilities = [{ type: 'email_possession' as const, assurance: 'low' as const }];

describe.each(DATABASE_KINDS)('getLink and getActiveLink on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const newLink = (orgId: string) =>
    createLink(ctx, ctx.db, {
      orgId,
      link: CreateLinkRequest.parse({ name: 'Low', proofs: [{ type: 'email_possession' }], assurance: 'low' }),
      proofCapabilities,
    });

  it('answers a live Link', async () => {
    const link = await newLink(ctx.orgId);
    expect(await getLink(ctx.db, { orgId: ctx.orgId, id: link.id })).toEqual(link);
    expect(await getActiveLink(ctx, ctx.db, ctx.orgId, link.id)).toEqual(link);
  });

  it('refuses an archived Link with invalid_state, while getLink still shows it', async () => {
    const link = await newLink(ctx.orgId);
    await archiveLink(ctx, ctx.db, { orgId: ctx.orgId, id: link.id });
    await expect(getActiveLink(ctx, ctx.db, ctx.orgId, link.id)).rejects.toMatchObject({ code: 'invalid_state' });
    expect((await getLink(ctx.db, { orgId: ctx.orgId, id: link.id })).archived).toBe(true);
  });

  it("answers not_found for unknown ids and another organisation's Link", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await newLink(other.id);
    for (const id of [theirs.id, 'lnk_doesnotexist00', "lnk_'; DROP TABLE links; --"]) {
      await expect(getActiveLink(ctx, ctx.db, ctx.orgId, id)).rejects.toMatchObject({ code: 'not_found' });
      await expect(getLink(ctx.db, { orgId: ctx.orgId, id })).rejects.toMatchObject({ code: 'not_found' });
    }
  });
});
