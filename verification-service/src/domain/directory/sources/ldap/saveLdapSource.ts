import { PutLdapSourceRequest, type LdapSource } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { AppContext } from '../../../../kernel/AppContext';
import { loadLdapSource } from './loadLdapSource';

/** Creates or replaces the organisation's LDAP source; the bind password is sealed with the service key. */
export async function saveLdapSource(
  ctx: Pick<AppContext, 'db' | 'clock' | 'key'>,
  input: { orgId: string; source: z.output<typeof PutLdapSourceRequest> },
): Promise<LdapSource> {
  const { source } = input;
  const now = ctx.clock.now();
  await ctx.db.query(
    `INSERT INTO ldap_sources (org_id, url, bind_dn, password_sealed, base_dn, filter, attributes, disabled_when, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     ON CONFLICT (org_id) DO UPDATE SET url = EXCLUDED.url, bind_dn = EXCLUDED.bind_dn, password_sealed = EXCLUDED.password_sealed,
       base_dn = EXCLUDED.base_dn, filter = EXCLUDED.filter, attributes = EXCLUDED.attributes, disabled_when = EXCLUDED.disabled_when,
       updated_at = EXCLUDED.updated_at`,
    [
      input.orgId,
      source.url,
      source.bind_dn,
      ctx.key.encrypt(source.password),
      source.base_dn,
      source.filter,
      JSON.stringify(source.attributes),
      source.disabled_when ? JSON.stringify(source.disabled_when) : null,
      now,
    ],
  );
  return (await loadLdapSource(ctx, ctx.db, input.orgId))!.source;
}
