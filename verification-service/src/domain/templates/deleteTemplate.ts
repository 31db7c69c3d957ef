import type { Template } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { getTemplate } from './getTemplate';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { TEMPLATE_COLUMNS, toTemplate, type TemplateRow } from './toTemplate';

const inUse = (id: string) =>
  new ProblemError(
    'conflict',
    `Template ${id} is used by a Link (archived Links included); point those Links at another template first`,
  );

/**
 * Deletes a template no Link refers to. Default templates can be edited but not deleted
 * (`invalid_state`); a template a Link uses, even an archived one, is refused with `conflict`.
 */
export async function deleteTemplate(db: Queryable, input: { orgId: string; id: string }): Promise<Template> {
  const current = await getTemplate(db, input);
  if (current.is_default) {
    throw new ProblemError(
      'invalid_state',
      `Template ${input.id} is a default template: edit it instead of deleting it`,
    );
  }
  let rows: TemplateRow[];
  try {
    rows = await db.query<TemplateRow>(
      `DELETE FROM templates t WHERE t.org_id = $1 AND t.id = $2 AND NOT t.is_default
         AND NOT EXISTS (SELECT 1 FROM links l WHERE l.org_id = $1 AND (l.email_template_id = t.id OR l.sms_template_id = t.id))
       RETURNING ${TEMPLATE_COLUMNS}`,
      [input.orgId, input.id],
    );
  } catch (error) {
    // A Link created between the check and the delete: the foreign key has the last word.
    if (isForeignKeyViolation(error)) throw inUse(input.id);
    throw error;
  }
  const row = rows[0];
  if (!row) {
    await getTemplate(db, input); // not_found if it went away meanwhile
    throw inUse(input.id);
  }
  return toTemplate(row);
}
