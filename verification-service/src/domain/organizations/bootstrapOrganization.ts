import type { ApiKeyWithSecret, Link, Organization } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { createApiKey } from '../apiKeys/createApiKey';
import type { LinkProofCapability } from '../links/assertLinkPolicy';
import { seedDemoLink } from '../links/seedDemoLink';
import { seedDefaultTemplates, type DefaultTemplateTexts } from '../templates/seedDefaultTemplates';
import { createOrganization } from './createOrganization';

/**
 * Sets up a new organisation in one transaction: the organisation, an admin API key (returned with
 * its secret, the only time it is shown), the default email and SMS templates and the demo Link
 * "Standard help-desk check" using them. Any failure leaves nothing behind.
 */
export async function bootstrapOrganization(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: {
    name: string;
    adminKeyName: string;
    defaults: DefaultTemplateTexts;
    proofCapabilities: readonly LinkProofCapability[];
  },
): Promise<{ organization: Organization; apiKey: ApiKeyWithSecret; link: Link }> {
  return ctx.db.transaction(async (tx) => {
    const organization = await createOrganization(ctx, { tx, name: input.name });
    const apiKey = await createApiKey(ctx, { tx, orgId: organization.id, name: input.adminKeyName, scopes: ['admin'] });
    const templates = await seedDefaultTemplates(ctx, { tx, orgId: organization.id, defaults: input.defaults });
    const link = await seedDemoLink(ctx, tx, organization.id, {
      emailTemplateId: templates.email.id,
      smsTemplateId: templates.sms.id,
      proofCapabilities: input.proofCapabilities,
    });
    return { organization, apiKey, link };
  });
}
