import type { AppContext } from '../app/AppContext';
import type { Handlers } from '../http/handler';
import { createTemplate } from './createTemplate';
import { deleteTemplate } from './deleteTemplate';
import { getTemplate } from './getTemplate';
import { listTemplates } from './listTemplates';
import { updateTemplate } from './updateTemplate';

/** Template CRUD (`createTemplate` … `deleteTemplate`), scoped to the caller's organisation. */
export function templateHandlers(ctx: AppContext): Handlers {
  return {
    createTemplate: ({ caller, body }) => createTemplate(ctx, ctx.db, { orgId: caller.orgId, template: body }),
    listTemplates: ({ caller, query }) => listTemplates(ctx.db, { orgId: caller.orgId, ...query }),
    getTemplate: ({ caller, params }) => getTemplate(ctx.db, { orgId: caller.orgId, id: params.id }),
    updateTemplate: ({ caller, params, body }) => updateTemplate(ctx, ctx.db, { orgId: caller.orgId, id: params.id, changes: body }),
    deleteTemplate: ({ caller, params }) => deleteTemplate(ctx.db, { orgId: caller.orgId, id: params.id }),
  };
}
