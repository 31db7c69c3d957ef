import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { ProblemError } from '../../../kernel/ProblemError';
import { loadLdapSource } from '../../../domain/directory/sources/ldap/loadLdapSource';
import { runLdapSourceSync } from '../../../domain/directory/sources/ldap/runLdapSourceSync';
import { saveLdapSource } from '../../../domain/directory/sources/ldap/saveLdapSource';

const noSource = () =>
  new ProblemError('not_found', 'This organisation has no LDAP directory; set one with PUT /v1/directory-sources/ldap');

/** `PUT`/`GET /v1/directory-sources/ldap` and `POST …/sync` (admin). */
export function ldapSourceHandlers(deps: AppContext): Handlers {
  return {
    putLdapSource: ({ caller, body }) => saveLdapSource(deps, { orgId: caller.orgId, source: body }),
    getLdapSource: async ({ caller }) => {
      const loaded = await loadLdapSource(deps, { orgId: caller.orgId });
      if (!loaded) throw noSource();
      return loaded.source;
    },
    syncLdapSource: async ({ caller }) => {
      let result;
      try {
        result = await runLdapSourceSync(deps, { orgId: caller.orgId });
      } catch (error) {
        const why = error instanceof Error && error.message ? error.message : 'no answer';
        throw new ProblemError(
          'service_unavailable',
          `The LDAP directory could not be read (${why.slice(0, 200)}); nothing was changed`,
        );
      }
      if (!result) throw noSource();
      return result;
    },
  };
}
