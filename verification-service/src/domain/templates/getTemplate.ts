import type { Template } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { TEMPLATE_COLUMNS, toTemplate, type TemplateRow } from './toTemplate';

/** One template of the organisation; `not_found` for an unknown id or another organisation's. */
export async function getTemplate(db: Queryable, input: { orgId: string; id: string }): Promise<Template> {
  const rows = await db.query<TemplateRow>(`SELECT ${TEMPLATE_COLUMNS} FROM templates WHERE org_id = $1 AND id = $2`, [
    input.orgId,
    input.id,
  ]);
  const row = rows[0];
  if (!row) throw notFound('template', input.id);
  return toTemplate(row);
}
