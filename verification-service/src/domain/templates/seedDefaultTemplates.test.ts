import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { seedDefaultTemplates, type DefaultTemplateTexts } from './seedDefaultTemplates';

const defaults: DefaultTemplateTexts = {
  email: {
    name: 'Default email',
    subject: 'Confirm it is you ({{ticket_id}})',
    text: 'Open {{link}}',
    html: '<a href="{{link}}">Open</a>',
  },
  sms: { name: 'Default SMS', text: '{{org_name}}: code {{match_code}} {{link}}' },
};

describe.each(DATABASE_KINDS)('seedDefaultTemplates on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("inserts the organisation's default email and SMS templates", async () => {
    const seeded = await seedDefaultTemplates(ctx, { orgId: ctx.orgId, defaults });
    expect(seeded.email).toMatchObject({ ...defaults.email, channel: 'email', is_default: true });
    expect(seeded.sms).toMatchObject({ ...defaults.sms, channel: 'sms', subject: '', html: '', is_default: true });
    const rows = await ctx.db.query('SELECT id FROM templates WHERE org_id = $1 AND is_default ORDER BY channel', [
      ctx.orgId,
    ]);
    expect(rows).toEqual([{ id: seeded.email.id }, { id: seeded.sms.id }]);
  });

  it('refuses defaults with unknown variables', async () => {
    await expect(
      seedDefaultTemplates(ctx, {
        orgId: ctx.orgId,
        defaults: { ...defaults, sms: { name: 'Bad', text: '{{employee_first_name}}' } },
      }),
    ).rejects.toMatchObject({ code: 'validation_error' });
  });
});
