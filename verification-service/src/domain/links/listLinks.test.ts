import { CreateLinkRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { archiveLink } from './archiveLink';
import { createLink } from './createLink';
import { listLinks } from './listLinks';

const proofCapabilities = [{ type: 'email_possession' as const, assurance: 'low' as const }];

describe.each(DATABASE_KINDS)('listLinks on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("pages through the organisation's Links newest first, archived ones marked, other organisations' never shown", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const make = (orgId: string, name: string) =>
      createLink(ctx, ctx.db, {
        orgId,
        link: CreateLinkRequest.parse({ name, proofs: [{ type: 'email_possession' }], assurance: 'low' }),
        proofCapabilities,
      });
    await make(other.id, 'theirs');
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      ctx.clock.advance(1_000);
      ids.push((await make(ctx.orgId, name)).id);
    }
    await archiveLink(ctx, ctx.db, { orgId: ctx.orgId, id: ids[0]! });

    const first = await listLinks(ctx.db, { orgId: ctx.orgId, limit: 2 });
    expect(first.data.map((l) => l.name)).toEqual(['c', 'b']);
    const second = await listLinks(ctx.db, { orgId: ctx.orgId, limit: 2, cursor: first.next_cursor! });
    expect(second.data.map((l) => [l.name, l.archived])).toEqual([['a', true]]);
    expect(second.next_cursor).toBeNull();
  });
});
