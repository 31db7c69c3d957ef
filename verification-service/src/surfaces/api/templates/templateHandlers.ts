import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { createTemplate } from '../../../domain/templates/createTemplate';
import { deleteTemplate } from '../../../domain/templates/deleteTemplate';
import { getTemplate } from '../../../domain/templates/getTemplate';
import { listTemplates } from '../../../domain/templates/listTemplates';
import { updateTemplate } from '../../../domain/templates/updateTemplate';

/** Template CRUD (`createTemplate` … `deleteTemplate`), scoped to the caller's organisation. */
export function templateHandlers(ctx: AppContext): Handlers {
  return {
    createTemplate: ({ caller, body }) => createTemplate(ctx, { orgId: caller.orgId, template: body }),
    listTemplates: ({ caller, query }) => listTemplates(ctx, { orgId: caller.orgId, ...query }),
    getTemplate: ({ caller, params }) => getTemplate(ctx, { orgId: caller.orgId, id: params.id }),
    updateTemplate: ({ caller, params, body }) =>
      updateTemplate(ctx, { orgId: caller.orgId, id: params.id, changes: body }),
    deleteTemplate: ({ caller, params }) => deleteTemplate(ctx, { orgId: caller.orgId, id: params.id }),
  };
}
