import type { OidcConfig } from '@helpdesk-verify/core-client/schemas';
import type { StoredOidcConfig } from '../../../domain/consoleUsers/consoleOidcConfigsTable';

/** The API's view of the settings: the secret only as "set", plus the URLs to give the IdP and users. */
export function toOidcConfig(stored: StoredOidcConfig, publicUrl: string): OidcConfig {
  return {
    issuer: stored.issuer,
    client_id: stored.clientId,
    has_client_secret: stored.clientSecretSealed.length > 0,
    allowed_email_domains: stored.allowedEmailDomains,
    default_role: stored.defaultRole,
    role_claim: stored.roleClaim,
    role_mapping: stored.roleMapping,
    enabled: stored.enabled,
    redirect_uri: `${publicUrl}/console/auth/oidc/callback`,
    sign_in_url: `${publicUrl}/console/auth/oidc/start?org=${encodeURIComponent(stored.orgId)}`,
    updated_at: stored.updatedAt.toISOString(),
  };
}
