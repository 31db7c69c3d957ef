import { PutLdapSourceRequest, type LdapSource } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../../../kernel/AppContext';
import { loadLdapSource } from './loadLdapSource';
import { upsertLdapSource } from './ldapSourcesTable';

/** Creates or replaces the organisation's LDAP source; the bind password is sealed with the service key. */
export async function saveLdapSource(
  ctx: Pick<AppContext, 'db' | 'clock' | 'key'>,
  input: { orgId: string; source: z.output<typeof PutLdapSourceRequest> },
): Promise<LdapSource> {
  const { source } = input;
  const now = ctx.clock.now();
  await upsertLdapSource(ctx, {
    orgId: input.orgId,
    source: {
      url: source.url,
      bindDn: source.bind_dn,
      passwordSealed: ctx.key.encrypt(source.password),
      baseDn: source.base_dn,
      filter: source.filter,
      attributes: source.attributes,
      disabledWhen: source.disabled_when ?? null,
    },
    at: now,
  });
  return (await loadLdapSource(ctx, { orgId: input.orgId }))!.source;
}
