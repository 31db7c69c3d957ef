import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createTemplate } from './createTemplate';
import { getTemplate } from './getTemplate';
import { updateTemplate } from './updateTemplate';

describe.each(DATABASE_KINDS)('updateTemplate on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const email = { name: 'Mail', channel: 'email' as const, subject: 'S {{ticket_id}}', text: 'T {{link}}', html: '' };

  it('changes only the given fields and moves updated_at', async () => {
    const created = await createTemplate(ctx, { orgId: ctx.orgId, template: email });
    ctx.clock.advance(60_000);
    const updated = await updateTemplate(ctx, {
      orgId: ctx.orgId,
      id: created.id,
      changes: { subject: 'New {{match_code}}' },
    });
    expect(updated).toEqual({ ...created, subject: 'New {{match_code}}', updated_at: ctx.clock.now().toISOString() });
  });

  it('edits default templates too', async () => {
    const created = await createTemplate(ctx, { orgId: ctx.orgId, template: email, isDefault: true });
    const updated = await updateTemplate(ctx, {
      orgId: ctx.orgId,
      id: created.id,
      changes: { text: 'Please open {{link}}' },
    });
    expect(updated).toMatchObject({ is_default: true, text: 'Please open {{link}}' });
  });

  it('refuses unknown variables and an SMS subject, leaving the template as it was', async () => {
    const sms = await createTemplate(ctx, {
      orgId: ctx.orgId,
      template: { ...email, channel: 'sms', subject: '' },
    });
    await expect(
      updateTemplate(ctx, { orgId: ctx.orgId, id: sms.id, changes: { subject: 'Hello' } }),
    ).rejects.toMatchObject({
      code: 'validation_error',
    });
    await expect(
      updateTemplate(ctx, { orgId: ctx.orgId, id: sms.id, changes: { text: '{{secret}}' } }),
    ).rejects.toMatchObject({
      code: 'validation_error',
      detail: expect.stringContaining('{{secret}}'),
    });
    expect(await getTemplate(ctx, { orgId: ctx.orgId, id: sms.id })).toEqual(sms);
  });

  it("answers not_found for another organisation's template and leaves it alone", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await createTemplate(ctx, { orgId: other.id, template: email });
    await expect(
      updateTemplate(ctx, { orgId: ctx.orgId, id: theirs.id, changes: { name: 'Mine now' } }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await getTemplate(ctx, { orgId: other.id, id: theirs.id })).name).toBe('Mail');
  });
});
