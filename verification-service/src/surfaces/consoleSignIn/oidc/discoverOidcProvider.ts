import * as oidc from 'openid-client';
import type { ServiceKey } from '../../../kernel/secrets';
import type { StoredOidcConfig } from '../../../domain/consoleUsers/consoleOidcConfigsTable';

/** Seconds to wait for the IdP's discovery document, keys and token endpoint. */
const IDP_TIMEOUT_SECONDS = 5;

/**
 * Reads the IdP's discovery document (and so its endpoints and keys) for an organisation's settings,
 * authenticating the client with its secret (client_secret_basic). Plain http is allowed only for a
 * loopback issuer, which `saveOidcConfig` already insists on.
 */
export async function discoverOidcProvider(key: ServiceKey, stored: StoredOidcConfig): Promise<oidc.Configuration> {
  const issuer = new URL(stored.issuer);
  const insecure = issuer.protocol === 'http:';
  return oidc.discovery(issuer, stored.clientId, { client_secret: key.decrypt(stored.clientSecretSealed) }, undefined, {
    timeout: IDP_TIMEOUT_SECONDS,
    ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
  });
}
