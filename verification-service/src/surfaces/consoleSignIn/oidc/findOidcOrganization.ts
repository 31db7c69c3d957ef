import type { Queryable } from '../../../kernel/database';
import {
  findEnabledOidcConfigsForDomain,
  loadOidcConfig,
  type StoredOidcConfig,
} from '../../../domain/consoleUsers/consoleOidcConfigsTable';

/**
 * The enabled OpenID Connect settings `/console/auth/oidc/start?org=` names: an organisation id, an
 * email domain one organisation allows, or an email address at such a domain. Null when none or
 * several organisations match.
 */
export async function findOidcOrganization(
  ctx: { db: Queryable },
  input: { org: string },
): Promise<StoredOidcConfig | null> {
  const { org } = input;
  const value = org.trim().toLowerCase();
  if (/^org_[0-9a-z]{10,40}$/i.test(org.trim())) {
    return loadOidcConfig(ctx, { orgId: org.trim(), enabledOnly: true });
  }
  const domain = value.includes('@') ? value.slice(value.lastIndexOf('@') + 1) : value;
  if (!/^[a-z0-9.-]{1,253}$/.test(domain)) return null;
  // Across organisations on purpose: the domain is what names the organisation.
  const configs = await findEnabledOidcConfigsForDomain(ctx, { domain });
  return configs.length === 1 ? configs[0]! : null;
}
