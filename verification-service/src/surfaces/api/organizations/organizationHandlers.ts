import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { getOrganization } from '../../../domain/organizations/getOrganization';
import { updateOrganization } from '../../../domain/organizations/updateOrganization';

/** The organisation of the caller: read it, rename it, change its settings. */
export function organizationHandlers(ctx: AppContext): Handlers {
  return {
    getOrganization: ({ caller }) => getOrganization(ctx, { orgId: caller.orgId }),
    updateOrganization: ({ caller, body }) => updateOrganization(ctx, { orgId: caller.orgId, changes: body }),
  };
}
