import type { PageQuery, Template } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { toPage } from '../../infrastructure/storage/cursor';
import { listTemplateRows, toTemplate } from './templatesTable';

/** The organisation's templates, newest first. */
export async function listTemplates(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string } & PageQuery,
): Promise<{ data: Template[]; next_cursor: string | null }> {
  return toPage(await listTemplateRows(ctx, input), input.limit, toTemplate);
}
