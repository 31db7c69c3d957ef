import type { AppContext } from '../app/AppContext';
import type { Handlers } from '../http/handler';
import { createApiKey } from './createApiKey';
import { listApiKeys } from './listApiKeys';
import { revokeApiKey } from './revokeApiKey';

/** `createApiKey`, `listApiKeys` and `revokeApiKey`, scoped to the caller's organisation. */
export function apiKeyHandlers(ctx: AppContext): Handlers {
  return {
    createApiKey: ({ caller, body }) => createApiKey(ctx, ctx.db, { orgId: caller.orgId, name: body.name, scopes: body.scopes }),
    listApiKeys: ({ caller, query }) => listApiKeys(ctx.db, { orgId: caller.orgId, ...query }),
    revokeApiKey: ({ caller, params }) => revokeApiKey(ctx, ctx.db, { orgId: caller.orgId, id: params.id }),
  };
}
