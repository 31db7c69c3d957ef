import { ApiKeyWithSecret, Link, Organization } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { authenticateApiKey } from '../apiKeys/authenticateApiKey';
import { listLinks } from '../links/listLinks';
import { listTemplates } from '../templates/listTemplates';
import type { DefaultTemplateTexts } from '../templates/seedDefaultTemplates';
import { bootstrapOrganization } from './bootstrapOrganization';

const defaults: DefaultTemplateTexts = {
  email: { name: 'Default email', subject: '{{org_name}}: confirm it is you', text: 'Open {{link}}', html: '' },
  sms: { name: 'Default SMS', text: '{{org_name}} code {{match_code}}: {{link}}' },
};
const proofCapabilities = [
  { type: 'email_possession' as const, assurance: 'low' as const },
  { type: 'phone_code' as const, assurance: 'medium' as const },
];

describe.each(DATABASE_KINDS)('bootstrapOrganization on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const counts = async () =>
    (
      await ctx.db.query<{ orgs: number; keys: number; templates: number; links: number }>(
        `SELECT (SELECT count(*)::int FROM organizations) AS orgs, (SELECT count(*)::int FROM api_keys) AS keys,
                (SELECT count(*)::int FROM templates) AS templates, (SELECT count(*)::int FROM links) AS links`,
      )
    )[0];

  it('creates the organisation, a working admin key, the default templates and the demo Link', async () => {
    const result = await bootstrapOrganization(ctx, {
      name: 'Globex',
      adminKeyName: 'Bootstrap admin',
      defaults,
      proofCapabilities,
    });
    expect(Organization.parse(result.organization)).toMatchObject({ name: 'Globex' });
    expect(ApiKeyWithSecret.parse(result.apiKey)).toMatchObject({ name: 'Bootstrap admin', scopes: ['admin'] });
    expect(Link.parse(result.link)).toMatchObject({
      name: 'Standard help-desk check',
      assurance: 'medium',
      channels: ['email', 'sms'],
    });

    const orgId = result.organization.id;
    expect(await authenticateApiKey(ctx, { key: result.apiKey.key })).toEqual({
      orgId,
      scopes: ['admin'],
      actor: { type: 'api_key', id: result.apiKey.id, name: 'Bootstrap admin' },
    });
    const templates = (await listTemplates(ctx, { orgId, limit: 10 })).data;
    expect(templates.map((t) => [t.channel, t.is_default]).sort()).toEqual([
      ['email', true],
      ['sms', true],
    ]);
    expect(result.link.email_template_id).toBe(templates.find((t) => t.channel === 'email')!.id);
    expect(result.link.sms_template_id).toBe(templates.find((t) => t.channel === 'sms')!.id);
    expect((await listLinks(ctx.db, { orgId, limit: 10 })).data).toEqual([result.link]);
  });

  it('leaves nothing behind when a step fails', async () => {
    const before = await counts();
    await expect(
      bootstrapOrganization(ctx, {
        name: 'Initech',
        adminKeyName: 'Admin',
        defaults,
        proofCapabilities: [proofCapabilities[0]!],
      }),
    ).rejects.toMatchObject({ code: 'proof_unavailable' });
    await expect(
      bootstrapOrganization(ctx, {
        name: 'Initech',
        adminKeyName: 'Admin',
        defaults: { ...defaults, sms: { name: 'x', text: '{{oops}}' } },
        proofCapabilities,
      }),
    ).rejects.toMatchObject({ code: 'validation_error' });
    expect(await counts()).toEqual(before);
  });
});
