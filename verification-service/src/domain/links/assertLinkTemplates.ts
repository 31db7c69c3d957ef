import type { Channel, FieldError } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { findTemplateChannels } from '../templates/templatesTable';

/**
 * Checks that the templates a Link names exist in the organisation and are of the right channel
 * (422 `validation_error` otherwise; another organisation's template counts as missing).
 */
export async function assertLinkTemplates(
  db: Queryable,
  input: { orgId: string; email_template_id: string | null; sms_template_id: string | null },
): Promise<void> {
  const wanted: { field: 'email_template_id' | 'sms_template_id'; channel: Channel; id: string }[] = [];
  if (input.email_template_id)
    wanted.push({ field: 'email_template_id', channel: 'email', id: input.email_template_id });
  if (input.sms_template_id) wanted.push({ field: 'sms_template_id', channel: 'sms', id: input.sms_template_id });
  if (wanted.length === 0) return;

  const rows = await findTemplateChannels({ db }, { orgId: input.orgId, ids: wanted.map((w) => w.id) });
  const channelOf = new Map(rows.map((r) => [r.id, r.channel]));
  const errors: FieldError[] = [];
  for (const w of wanted) {
    const channel = channelOf.get(w.id);
    if (!channel) errors.push({ path: [w.field], message: `no template ${w.id} in this organisation` });
    else if (channel !== w.channel)
      errors.push({ path: [w.field], message: `template ${w.id} is an ${channel} template, not ${w.channel}` });
  }
  if (errors.length > 0) {
    throw new ProblemError('validation_error', errors.map((e) => e.message).join('; '), { errors });
  }
}
