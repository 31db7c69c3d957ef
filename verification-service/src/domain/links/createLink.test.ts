import { CreateLinkRequest, Link } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createTemplate } from '../templates/createTemplate';
import type { LinkProofCapability } from './assertLinkPolicy';
import { createLink } from './createLink';

const proofCapabilities: LinkProofCapability[] = [
  { type: 'email_possession', assurance: 'low' },
  { type: 'phone_code', assurance: 'medium' },
];

describe.each(DATABASE_KINDS)('createLink on %s', (kind) => {
  let ctx: TestContext;
  let emailTemplateId: string;
  let smsTemplateId: string;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    emailTemplateId = (
      await createTemplate(ctx, {
        orgId: ctx.orgId,
        template: { name: 'E', channel: 'email', subject: 'S', text: '{{link}}', html: '' },
      })
    ).id;
    smsTemplateId = (
      await createTemplate(ctx, {
        orgId: ctx.orgId,
        template: { name: 'S', channel: 'sms', subject: '', text: '{{link}}', html: '' },
      })
    ).id;
  });
  afterAll(() => ctx.db.close());

  const request = (extra: Partial<CreateLinkRequest> = {}) =>
    CreateLinkRequest.parse({
      name: 'Reset',
      proofs: [{ type: 'email_possession' }, { type: 'phone_code' }],
      ...extra,
    });

  it('stores a Link with the schema defaults and answers it', async () => {
    const link = await createLink(ctx, ctx.db, {
      orgId: ctx.orgId,
      link: request({ channels: ['email', 'sms'], email_template_id: emailTemplateId, sms_template_id: smsTemplateId }),
      proofCapabilities,
    });
    expect(Link.parse(link)).toEqual(link);
    expect(link).toMatchObject({
      name: 'Reset',
      description: '',
      proofs: [
        { type: 'email_possession', required: true },
        { type: 'phone_code', required: true },
      ],
      assurance: 'medium',
      lifetime_seconds: 900,
      single_use: true,
      channels: ['email', 'sms'],
      email_template_id: emailTemplateId,
      sms_template_id: smsTemplateId,
      archived: false,
    });
  });

  it('refuses a proof the service cannot run, and a Link its required proofs cannot reach', async () => {
    await expect(
      createLink(ctx, ctx.db, {
        orgId: ctx.orgId,
        link: request({ proofs: [{ type: 'device_passkey' }] }),
        proofCapabilities,
      }),
    ).rejects.toMatchObject({ code: 'proof_unavailable' });
    await expect(
      createLink(ctx, ctx.db, {
        orgId: ctx.orgId,
        link: request({ proofs: [{ type: 'email_possession' }] }),
        proofCapabilities,
      }),
    ).rejects.toMatchObject({ code: 'validation_error', errors: [{ path: ['assurance'] }] });
  });

  it("refuses templates that are missing, of the wrong channel or another organisation's", async () => {
    const before = await ctx.db.query('SELECT id FROM links');
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await createTemplate(ctx, {
      orgId: other.id,
      template: { name: 'T', channel: 'sms', subject: '', text: '{{link}}', html: '' },
    });
    await expect(
      createLink(ctx, ctx.db, {
        orgId: ctx.orgId,
        link: request({ email_template_id: smsTemplateId, sms_template_id: theirs.id }),
        proofCapabilities,
      }),
    ).rejects.toMatchObject({
      code: 'validation_error',
      errors: [
        { path: ['email_template_id'], message: expect.stringContaining('sms template') },
        { path: ['sms_template_id'], message: expect.stringContaining('no template') },
      ],
    });
    await expect(
      createLink(ctx, ctx.db, {
        orgId: ctx.orgId,
        link: request({ email_template_id: 'tpl_doesnotexist0' }),
        proofCapabilities,
      }),
    ).rejects.toMatchObject({ code: 'validation_error' });
    expect(await ctx.db.query('SELECT id FROM links')).toEqual(before);
  });

  it('sends each channel once', async () => {
    const link = await createLink(ctx, ctx.db, {
      orgId: ctx.orgId,
      link: request({ channels: ['sms', 'sms'] }),
      proofCapabilities,
    });
    expect(link.channels).toEqual(['sms']);
  });
});
