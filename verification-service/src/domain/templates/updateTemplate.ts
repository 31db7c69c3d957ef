import type { Template, UpdateTemplateRequest } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { assertTemplateContent } from './assertTemplateContent';
import { getTemplate } from './getTemplate';
import { toTemplate, updateTemplateRow } from './templatesTable';

/**
 * Changes a template (default ones included); the channel never changes. The result is checked
 * as a whole, so an SMS template cannot gain a subject and no edit can add an unknown variable.
 */
export async function updateTemplate(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { tx?: Queryable; orgId: string; id: string; changes: z.output<typeof UpdateTemplateRequest> },
): Promise<Template> {
  const current = await getTemplate(ctx, input);
  const next = {
    name: input.changes.name ?? current.name,
    channel: current.channel,
    subject: input.changes.subject ?? current.subject,
    text: input.changes.text ?? current.text,
    html: input.changes.html ?? current.html,
  };
  assertTemplateContent(next);
  const row = await updateTemplateRow(ctx, {
    tx: input.tx,
    orgId: input.orgId,
    id: input.id,
    content: next,
    at: ctx.clock.now(),
  });
  if (!row) throw notFound('template', input.id);
  return toTemplate(row);
}
