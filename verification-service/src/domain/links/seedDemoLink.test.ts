import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createTemplate } from '../templates/createTemplate';
import { DEMO_LINK_NAME, seedDemoLink } from './seedDemoLink';

describe.each(DATABASE_KINDS)('seedDemoLink on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it('creates the standard help-desk check: email + phone code required, medium, 15 minutes, single use, email and SMS', async () => {
    const email = await createTemplate(ctx, {
      orgId: ctx.orgId,
      template: { name: 'E', channel: 'email', subject: 'S', text: '{{link}}', html: '' },
    });
    const sms = await createTemplate(ctx, {
      orgId: ctx.orgId,
      template: { name: 'S', channel: 'sms', subject: '', text: '{{link}}', html: '' },
    });
    const link = await seedDemoLink(ctx, ctx.db, ctx.orgId, {
      emailTemplateId: email.id,
      smsTemplateId: sms.id,
      proofCapabilities: [
        { type: 'email_possession', assurance: 'low' },
        { type: 'phone_code', assurance: 'medium' },
      ],
    });
    expect(link).toMatchObject({
      name: DEMO_LINK_NAME,
      proofs: [
        { type: 'email_possession', required: true },
        { type: 'phone_code', required: true },
      ],
      assurance: 'medium',
      lifetime_seconds: 900,
      single_use: true,
      channels: ['email', 'sms'],
      email_template_id: email.id,
      sms_template_id: sms.id,
      archived: false,
    });
  });

  it('refuses when the service cannot run the phone code', async () => {
    await expect(
      seedDemoLink(ctx, ctx.db, ctx.orgId, {
        emailTemplateId: null,
        smsTemplateId: null,
        proofCapabilities: [{ type: 'email_possession', assurance: 'low' }],
      }),
    ).rejects.toMatchObject({ code: 'proof_unavailable' });
  });
});
