import type { Template } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { createTemplate } from './createTemplate';

/** The default texts a new organisation starts with (the lead passes the product's wording). */
export interface DefaultTemplateTexts {
  email: { name: string; subject: string; text: string; html: string };
  sms: { name: string; text: string };
}

/**
 * Inserts the organisation's default email and SMS templates (`is_default`: editable, never
 * deletable). The texts are checked like any template, so a default cannot use an unknown variable.
 */
export async function seedDefaultTemplates(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { tx?: Queryable; orgId: string; defaults: DefaultTemplateTexts },
): Promise<{ email: Template; sms: Template }> {
  const { tx, orgId } = input;
  const { email: e, sms: s } = input.defaults;
  const email = await createTemplate(ctx, {
    tx,
    orgId,
    template: { name: e.name, channel: 'email', subject: e.subject, text: e.text, html: e.html },
    isDefault: true,
  });
  const sms = await createTemplate(ctx, {
    tx,
    orgId,
    template: { name: s.name, channel: 'sms', subject: '', text: s.text, html: '' },
    isDefault: true,
  });
  return { email, sms };
}
