import type { AppContext } from '../app/AppContext';
import type { Handlers } from '../http/handler';
import { getOrganization } from './getOrganization';

/** `getOrganization`: the organisation of the calling API key. */
export function organizationHandlers(ctx: AppContext): Handlers {
  return {
    getOrganization: ({ caller }) => getOrganization(ctx.db, { orgId: caller.orgId }),
  };
}
