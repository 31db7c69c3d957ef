import type { Template } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { getTemplate } from './getTemplate';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { deleteUnusedTemplate, toTemplate, type TemplateRow } from './templatesTable';

const inUse = (id: string) =>
  new ProblemError(
    'conflict',
    `Template ${id} is used by a Link (archived Links included); point those Links at another template first`,
  );

/**
 * Deletes a template no Link refers to. Default templates can be edited but not deleted
 * (`invalid_state`); a template a Link uses, even an archived one, is refused with `conflict`.
 */
export async function deleteTemplate(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; id: string },
): Promise<Template> {
  const current = await getTemplate(ctx, input);
  if (current.is_default) {
    throw new ProblemError(
      'invalid_state',
      `Template ${input.id} is a default template: edit it instead of deleting it`,
    );
  }
  let row: TemplateRow | undefined;
  try {
    row = await deleteUnusedTemplate(ctx, input);
  } catch (error) {
    // A Link created between the check and the delete: the foreign key has the last word.
    if (isForeignKeyViolation(error)) throw inUse(input.id);
    throw error;
  }
  if (!row) {
    await getTemplate(ctx, input); // not_found if it went away meanwhile
    throw inUse(input.id);
  }
  return toTemplate(row);
}
