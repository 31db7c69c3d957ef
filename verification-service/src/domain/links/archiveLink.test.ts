import { CreateLinkRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { archiveLink } from './archiveLink';
import { createLink } from './createLink';
import { getLink } from './getLink';

const proofCapabilities = [{ type: 'email_possession' as const, assurance: 'low' as const }];

describe.each(DATABASE_KINDS)('archiveLink on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const newLink = (orgId = ctx.orgId) =>
    createLink(ctx, ctx.db, {
      orgId,
      link: CreateLinkRequest.parse({ name: 'L', proofs: [{ type: 'email_possession' }], assurance: 'low' }),
      proofCapabilities,
    });

  it('archives once; a second archive changes nothing', async () => {
    const link = await newLink();
    ctx.clock.advance(1_000);
    const archived = await archiveLink(ctx, ctx.db, { orgId: ctx.orgId, id: link.id });
    expect(archived).toEqual({ ...link, archived: true, updated_at: ctx.clock.now().toISOString() });
    ctx.clock.advance(1_000);
    expect(await archiveLink(ctx, ctx.db, { orgId: ctx.orgId, id: link.id })).toEqual(archived);
  });

  it('keeps the row, so verifications that follow the Link still refer to it', async () => {
    const link = await newLink();
    const [employee] = await ctx.db.query<{ id: string }>(
      `INSERT INTO employees (id, org_id, email, display_name, status, created_at, updated_at)
       VALUES ($1, $2, 'a@example.com', 'A', 'active', $3, $3) RETURNING id`,
      [ctx.newId('emp'), ctx.orgId, ctx.clock.now()],
    );
    await ctx.db.query(
      `INSERT INTO verifications (id, org_id, link_id, employee_id, status, agent, ticket_system, ticket_id, reason, metadata, contacts,
                                  channels, match_code, assurance_required, expires_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'passed', '{}'::jsonb, 'api', 'T-1', '', '{}'::jsonb, '{}'::jsonb, ARRAY['email'], '1234', 'low', $5, $5, $5)`,
      [ctx.newId('ver'), ctx.orgId, link.id, employee!.id, ctx.clock.now()],
    );
    await archiveLink(ctx, ctx.db, { orgId: ctx.orgId, id: link.id });
    expect((await getLink(ctx.db, { orgId: ctx.orgId, id: link.id })).archived).toBe(true);
  });

  it("answers not_found for another organisation's Link, which stays live", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await newLink(other.id);
    await expect(archiveLink(ctx, ctx.db, { orgId: ctx.orgId, id: theirs.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await getLink(ctx.db, { orgId: other.id, id: theirs.id })).archived).toBe(false);
  });
});
