import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { createApiKey } from '../../../domain/apiKeys/createApiKey';
import { listApiKeys } from '../../../domain/apiKeys/listApiKeys';
import { revokeApiKey } from '../../../domain/apiKeys/revokeApiKey';

/** `createApiKey`, `listApiKeys` and `revokeApiKey`, scoped to the caller's organisation. */
export function apiKeyHandlers(ctx: AppContext): Handlers {
  return {
    createApiKey: ({ caller, body }) =>
      createApiKey(ctx, { orgId: caller.orgId, name: body.name, scopes: body.scopes }),
    listApiKeys: ({ caller, query }) => listApiKeys(ctx, { orgId: caller.orgId, ...query }),
    revokeApiKey: ({ caller, params }) => revokeApiKey(ctx, { orgId: caller.orgId, id: params.id }),
  };
}
