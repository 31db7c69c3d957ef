import type { Queryable } from '../../../kernel/database';
import { OIDC_CONFIG_COLUMNS, toStoredOidcConfig, type OidcConfigRow, type StoredOidcConfig } from './StoredOidcConfig';

/**
 * The enabled OpenID Connect settings `/console/auth/oidc/start?org=` names: an organisation id, an
 * email domain one organisation allows, or an email address at such a domain. Null when none or
 * several organisations match.
 */
export async function findOidcOrganization(db: Queryable, org: string): Promise<StoredOidcConfig | null> {
  const value = org.trim().toLowerCase();
  if (/^org_[0-9a-z]{10,40}$/i.test(org.trim())) {
    const [row] = await db.query<OidcConfigRow>(
      `SELECT ${OIDC_CONFIG_COLUMNS} FROM console_oidc_configs WHERE org_id = $1 AND enabled`,
      [org.trim()],
    );
    return row ? toStoredOidcConfig(row) : null;
  }
  const domain = value.includes('@') ? value.slice(value.lastIndexOf('@') + 1) : value;
  if (!/^[a-z0-9.-]{1,253}$/.test(domain)) return null;
  // Across organisations on purpose: the domain is what names the organisation.
  const rows = await db.query<OidcConfigRow>(
    `SELECT ${OIDC_CONFIG_COLUMNS} FROM console_oidc_configs WHERE enabled AND $1 = ANY (allowed_email_domains) LIMIT 2`,
    [domain],
  );
  return rows.length === 1 ? toStoredOidcConfig(rows[0]!) : null;
}
