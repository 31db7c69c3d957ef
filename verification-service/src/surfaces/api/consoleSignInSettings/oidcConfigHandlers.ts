import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { ProblemError } from '../../../kernel/ProblemError';
import { loadOidcConfig } from '../../../domain/consoleUsers/consoleOidcConfigsTable';
import { saveOidcConfig } from '../../consoleSignIn/oidc/saveOidcConfig';
import { toOidcConfig } from '../../consoleSignIn/oidc/toOidcConfig';

/** `GET`/`PUT /v1/console/oidc`: the organisation's single sign-on (admin; admin:read to read). */
export function oidcConfigHandlers(deps: AppContext): Handlers {
  return {
    getOidcConfig: async ({ caller }) => {
      const stored = await loadOidcConfig(deps, { orgId: caller.orgId });
      if (!stored)
        throw new ProblemError(
          'not_found',
          'This organisation has no OpenID Connect sign-in; set one with PUT /v1/console/oidc',
        );
      return toOidcConfig(stored, deps.config.publicUrl);
    },
    putOidcConfig: ({ caller, body }) => saveOidcConfig(deps, { orgId: caller.orgId, body }),
  };
}
