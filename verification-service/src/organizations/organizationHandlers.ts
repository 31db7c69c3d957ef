import type { AppContext } from '../app/AppContext';
import type { Handlers } from '../http/handler';
import { getOrganization } from './getOrganization';
import { updateOrganization } from './updateOrganization';

/** The organisation of the caller: read it, rename it, change its settings. */
export function organizationHandlers(ctx: AppContext): Handlers {
  return {
    getOrganization: ({ caller }) => getOrganization(ctx.db, { orgId: caller.orgId }),
    updateOrganization: ({ caller, body }) => updateOrganization(ctx.db, { orgId: caller.orgId, changes: body }),
  };
}
