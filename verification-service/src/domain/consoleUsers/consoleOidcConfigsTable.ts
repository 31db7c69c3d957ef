import type { ConsoleRole } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';

/** An organisation's OpenID Connect settings as stored (the client secret still sealed). */
export interface StoredOidcConfig {
  orgId: string;
  issuer: string;
  clientId: string;
  clientSecretSealed: Uint8Array;
  allowedEmailDomains: string[];
  defaultRole: ConsoleRole;
  roleClaim: string | null;
  roleMapping: Record<string, ConsoleRole>;
  enabled: boolean;
  updatedAt: Date;
}

/** A `console_oidc_configs` row as selected with the columns below. */
export interface OidcConfigRow {
  [column: string]: unknown;
  org_id: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: Uint8Array;
  allowed_email_domains: string[];
  default_role: ConsoleRole;
  role_claim: string | null;
  role_mapping: Record<string, ConsoleRole>;
  enabled: boolean;
  updated_at: Date;
}

const COLUMNS =
  'org_id, issuer, client_id, client_secret_sealed, allowed_email_domains, default_role, role_claim, role_mapping, enabled, updated_at';

export function toStoredOidcConfig(row: OidcConfigRow): StoredOidcConfig {
  return {
    orgId: row.org_id,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecretSealed: row.client_secret_sealed,
    allowedEmailDomains: row.allowed_email_domains,
    defaultRole: row.default_role,
    roleClaim: row.role_claim,
    roleMapping: row.role_mapping,
    enabled: row.enabled,
    updatedAt: row.updated_at,
  };
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** The organisation's settings (only when enabled, with `enabledOnly`), or null. */
export async function loadOidcConfig(
  ctx: Db,
  input: Tx & { orgId: string; enabledOnly?: boolean },
): Promise<StoredOidcConfig | null> {
  const [row] = await (input.tx ?? ctx.db).query<OidcConfigRow>(
    `SELECT ${COLUMNS} FROM console_oidc_configs WHERE org_id = $1${input.enabledOnly ? ' AND enabled' : ''}`,
    [input.orgId],
  );
  return row ? toStoredOidcConfig(row) : null;
}

/** Up to two enabled settings allowing this email domain, across organisations: the domain names the organisation. */
export async function findEnabledOidcConfigsForDomain(
  ctx: Db,
  input: Tx & { domain: string },
): Promise<StoredOidcConfig[]> {
  const rows = await (input.tx ?? ctx.db).query<OidcConfigRow>(
    `SELECT ${COLUMNS} FROM console_oidc_configs WHERE enabled AND $1 = ANY (allowed_email_domains) LIMIT 2`,
    [input.domain],
  );
  return rows.map(toStoredOidcConfig);
}

/** Creates or replaces the organisation's settings. */
export async function upsertOidcConfig(
  ctx: Db,
  input: Tx & { config: Omit<StoredOidcConfig, 'updatedAt'>; at: Date },
): Promise<void> {
  const c = input.config;
  await (input.tx ?? ctx.db).query(
    `INSERT INTO console_oidc_configs (org_id, issuer, client_id, client_secret_sealed, allowed_email_domains, default_role, role_claim, role_mapping, enabled, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
     ON CONFLICT (org_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret_sealed = $4, allowed_email_domains = $5, default_role = $6,
       role_claim = $7, role_mapping = $8, enabled = $9, updated_at = $10`,
    [
      c.orgId,
      c.issuer,
      c.clientId,
      c.clientSecretSealed,
      c.allowedEmailDomains,
      c.defaultRole,
      c.roleClaim,
      JSON.stringify(c.roleMapping),
      c.enabled,
      input.at,
    ],
  );
}
