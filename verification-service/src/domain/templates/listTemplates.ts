import type { PageQuery, Template } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { cursorCondition, toPage } from '../../infrastructure/storage/cursor';
import { TEMPLATE_COLUMNS, toTemplate, type TemplateRow } from './toTemplate';

/** The organisation's templates, newest first. */
export async function listTemplates(
  db: Queryable,
  input: { orgId: string } & PageQuery,
): Promise<{ data: Template[]; next_cursor: string | null }> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  const rows = await db.query<TemplateRow>(
    `SELECT ${TEMPLATE_COLUMNS} FROM templates WHERE org_id = $1${after}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, input.limit, toTemplate);
}
