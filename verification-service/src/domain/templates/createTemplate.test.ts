import { CreateTemplateRequest, Template } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createTemplate } from './createTemplate';

describe.each(DATABASE_KINDS)('createTemplate on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it('stores an email template and answers it as the contract says', async () => {
    const template = CreateTemplateRequest.parse({
      name: 'Short',
      channel: 'email',
      subject: 'Ticket {{ticket_id}}',
      text: 'Go: {{link}}',
    });
    const created = await createTemplate(ctx, { orgId: ctx.orgId, template });
    expect(Template.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      name: 'Short',
      channel: 'email',
      html: '',
      is_default: false,
      created_at: ctx.clock.now().toISOString(),
    });
    const [row] = await ctx.db.query('SELECT org_id FROM templates WHERE id = $1', [created.id]);
    expect(row).toEqual({ org_id: ctx.orgId });
  });

  it('stores nothing when a variable is unknown or an SMS has a subject', async () => {
    const before = await ctx.db.query('SELECT id FROM templates');
    await expect(
      createTemplate(ctx, {
        orgId: ctx.orgId,
        template: CreateTemplateRequest.parse({ name: 'X', channel: 'email', text: '{{nope}}' }),
      }),
    ).rejects.toMatchObject({
      code: 'validation_error',
      errors: [{ path: ['text'], message: 'unknown variables: {{nope}}' }],
    });
    await expect(
      createTemplate(ctx, {
        orgId: ctx.orgId,
        template: CreateTemplateRequest.parse({ name: 'X', channel: 'sms', subject: 'Hi', text: '{{link}}' }),
      }),
    ).rejects.toMatchObject({ code: 'validation_error', errors: [{ path: ['subject'] }] });
    expect(await ctx.db.query('SELECT id FROM templates')).toEqual(before);
  });
});
