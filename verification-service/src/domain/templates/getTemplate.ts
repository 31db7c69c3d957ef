import type { Template } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { findTemplate, toTemplate } from './templatesTable';

/** One template of the organisation; `not_found` for an unknown id or another organisation's. */
export async function getTemplate(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; id: string },
): Promise<Template> {
  const row = await findTemplate(ctx, input);
  if (!row) throw notFound('template', input.id);
  return toTemplate(row);
}
