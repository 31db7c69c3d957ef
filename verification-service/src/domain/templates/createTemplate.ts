import type { CreateTemplateRequest, Template } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { assertTemplateContent } from './assertTemplateContent';
import { insertTemplate, toTemplate } from './templatesTable';

/** Adds a message template after checking its variables (422 otherwise). */
export async function createTemplate(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { tx?: Queryable; orgId: string; template: z.output<typeof CreateTemplateRequest>; isDefault?: boolean },
): Promise<Template> {
  const { template } = input;
  assertTemplateContent(template);
  const row = await insertTemplate(ctx, {
    tx: input.tx,
    id: ctx.newId('tpl'),
    orgId: input.orgId,
    content: template,
    isDefault: input.isDefault ?? false,
    at: ctx.clock.now(),
  });
  return toTemplate(row);
}
