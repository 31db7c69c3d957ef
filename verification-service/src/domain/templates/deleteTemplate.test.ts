import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createTemplate } from './createTemplate';
import { deleteTemplate } from './deleteTemplate';
import { getTemplate } from './getTemplate';

describe.each(DATABASE_KINDS)('deleteTemplate on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const sms = { name: 'SMS', channel: 'sms' as const, subject: '', text: '{{link}}', html: '' };

  /** A Link row pointing at the template, written directly so this test does not depend on Link validation. */
  const linkUsing = async (templateId: string, archived: boolean) =>
    ctx.db.query(
      `INSERT INTO links (id, org_id, name, description, proofs, assurance, lifetime_seconds, single_use, channels,
                          email_template_id, sms_template_id, archived, created_at, updated_at)
       VALUES ($1, $2, 'L', '', '[]'::jsonb, 'low', 900, true, ARRAY['sms'], NULL, $3, $4, $5, $5)`,
      [ctx.newId('lnk'), ctx.orgId, templateId, archived, ctx.clock.now()],
    );

  it('deletes an unused template and answers it', async () => {
    const created = await createTemplate(ctx, { orgId: ctx.orgId, template: sms });
    expect(await deleteTemplate(ctx, { orgId: ctx.orgId, id: created.id })).toEqual(created);
    await expect(getTemplate(ctx, { orgId: ctx.orgId, id: created.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(deleteTemplate(ctx, { orgId: ctx.orgId, id: created.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses with conflict while a Link, even an archived one, uses it', async () => {
    for (const archived of [false, true]) {
      const used = await createTemplate(ctx, { orgId: ctx.orgId, template: sms });
      await linkUsing(used.id, archived);
      await expect(deleteTemplate(ctx, { orgId: ctx.orgId, id: used.id })).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(await getTemplate(ctx, { orgId: ctx.orgId, id: used.id })).toEqual(used);
    }
  });

  it('refuses to delete a default template', async () => {
    const def = await createTemplate(ctx, { orgId: ctx.orgId, template: sms, isDefault: true });
    await expect(deleteTemplate(ctx, { orgId: ctx.orgId, id: def.id })).rejects.toMatchObject({
      code: 'invalid_state',
    });
    expect(await getTemplate(ctx, { orgId: ctx.orgId, id: def.id })).toEqual(def);
  });

  it("answers not_found for another organisation's template and keeps it", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await createTemplate(ctx, { orgId: other.id, template: sms });
    await expect(deleteTemplate(ctx, { orgId: ctx.orgId, id: theirs.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await getTemplate(ctx, { orgId: other.id, id: theirs.id })).toEqual(theirs);
  });
});
