import type { Template, UpdateTemplateRequest } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { assertTemplateContent } from './assertTemplateContent';
import { getTemplate } from './getTemplate';
import { TEMPLATE_COLUMNS, toTemplate, type TemplateRow } from './toTemplate';

/**
 * Changes a template (default ones included); the channel never changes. The result is checked
 * as a whole, so an SMS template cannot gain a subject and no edit can add an unknown variable.
 */
export async function updateTemplate(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable,
  input: { orgId: string; id: string; changes: z.output<typeof UpdateTemplateRequest> },
): Promise<Template> {
  const current = await getTemplate(db, input);
  const next = {
    name: input.changes.name ?? current.name,
    channel: current.channel,
    subject: input.changes.subject ?? current.subject,
    text: input.changes.text ?? current.text,
    html: input.changes.html ?? current.html,
  };
  assertTemplateContent(next);
  const rows = await db.query<TemplateRow>(
    `UPDATE templates SET name = $3, subject = $4, text = $5, html = $6, updated_at = $7
     WHERE org_id = $1 AND id = $2 RETURNING ${TEMPLATE_COLUMNS}`,
    [input.orgId, input.id, next.name, next.subject, next.text, next.html, ctx.clock.now()],
  );
  const row = rows[0];
  if (!row) throw notFound('template', input.id);
  return toTemplate(row);
}
