import type { CreateTemplateRequest, Template } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { assertTemplateContent } from './assertTemplateContent';
import { TEMPLATE_COLUMNS, toTemplate, type TemplateRow } from './toTemplate';

/** Adds a message template after checking its variables (422 otherwise). */
export async function createTemplate(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  db: Queryable,
  input: { orgId: string; template: z.output<typeof CreateTemplateRequest>; isDefault?: boolean },
): Promise<Template> {
  const { template } = input;
  assertTemplateContent(template);
  const now = ctx.clock.now();
  const rows = await db.query<TemplateRow>(
    `INSERT INTO templates (id, org_id, name, channel, subject, text, html, is_default, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING ${TEMPLATE_COLUMNS}`,
    [
      ctx.newId('tpl'),
      input.orgId,
      template.name,
      template.channel,
      template.subject,
      template.text,
      template.html,
      input.isDefault ?? false,
      now,
    ],
  );
  return toTemplate(rows[0]!);
}
