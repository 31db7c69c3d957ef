import { CreateLinkRequest, type Link } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import type { LinkProofCapability } from './assertLinkPolicy';
import { createLink } from './createLink';

/** The name of the Link every new organisation starts with. */
export const DEMO_LINK_NAME = 'Standard help-desk check';

/**
 * Creates the starter Link of a new organisation: email possession and a phone code, both required,
 * "medium" assurance, 15 minutes, single use, sent by email or SMS with the given templates.
 */
export async function seedDemoLink(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  db: Queryable,
  orgId: string,
  options: {
    emailTemplateId: string | null;
    smsTemplateId: string | null;
    proofCapabilities: readonly LinkProofCapability[];
  },
): Promise<Link> {
  const link = CreateLinkRequest.parse({
    name: DEMO_LINK_NAME,
    description: 'Before a password or MFA reset: the employee opens the link and enters a code sent to their phone.',
    proofs: [
      { type: 'email_possession', required: true },
      { type: 'phone_code', required: true },
    ],
    assurance: 'medium',
    lifetime_seconds: 900,
    single_use: true,
    channels: ['email', 'sms'],
    email_template_id: options.emailTemplateId,
    sms_template_id: options.smsTemplateId,
  });
  return createLink(ctx, db, { orgId, link, proofCapabilities: options.proofCapabilities });
}
