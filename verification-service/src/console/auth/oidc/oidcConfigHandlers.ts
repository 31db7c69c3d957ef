import type { AppContext } from '../../../app/AppContext';
import type { Handlers } from '../../../http/handler';
import { ProblemError } from '../../../http/ProblemError';
import { loadOidcConfig } from './loadOidcConfig';
import { saveOidcConfig } from './saveOidcConfig';
import { toOidcConfig } from './toOidcConfig';

/** `GET`/`PUT /v1/console/oidc`: the organisation's single sign-on (admin; admin:read to read). */
export function oidcConfigHandlers(deps: AppContext): Handlers {
  return {
    getOidcConfig: async ({ caller }) => {
      const stored = await loadOidcConfig(deps.db, caller.orgId);
      if (!stored) throw new ProblemError('not_found', 'This organisation has no OpenID Connect sign-in; set one with PUT /v1/console/oidc');
      return toOidcConfig(stored, deps.config.publicUrl);
    },
    putOidcConfig: ({ caller, body }) => saveOidcConfig(deps, { orgId: caller.orgId, body }),
  };
}
