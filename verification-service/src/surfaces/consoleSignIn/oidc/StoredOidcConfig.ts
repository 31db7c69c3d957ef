import type { ConsoleRole } from '@helpdesk-verify/core-client/schemas';

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

export type OidcConfigRow = {
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
};

export const OIDC_CONFIG_COLUMNS =
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
