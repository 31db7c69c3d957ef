import { PutOidcConfigRequest, type OidcConfig } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../../kernel/AppContext';
import { ProblemError } from '../../../kernel/ProblemError';
import { isAllowedIssuer } from './isAllowedIssuer';
import { loadOidcConfig } from './loadOidcConfig';
import { toOidcConfig } from './toOidcConfig';

/**
 * Sets the organisation's OpenID Connect provider. The client secret is sealed with the service key
 * and never returned; left out, the stored one is kept (422 when there is none yet).
 */
export async function saveOidcConfig(
  ctx: Pick<AppContext, 'db' | 'clock' | 'key' | 'config'>,
  input: { orgId: string; body: z.output<typeof PutOidcConfigRequest> },
): Promise<OidcConfig> {
  const { body } = input;
  if (!isAllowedIssuer(body.issuer)) {
    throw new ProblemError('validation_error', 'The issuer must use https (plain http only on localhost)', {
      errors: [{ path: ['issuer'], message: 'must be https' }],
    });
  }
  return ctx.db.transaction(async (tx) => {
    const current = await loadOidcConfig(tx, input.orgId);
    let sealed: Uint8Array;
    if (body.client_secret !== undefined) sealed = ctx.key.encrypt(body.client_secret);
    else if (current) sealed = current.clientSecretSealed;
    else
      throw new ProblemError('validation_error', 'Give the client secret the first time', {
        errors: [{ path: ['client_secret'], message: 'required' }],
      });
    const now = ctx.clock.now();
    const issuer = body.issuer.replace(/\/+$/, '');
    await tx.query(
      `INSERT INTO console_oidc_configs (org_id, issuer, client_id, client_secret_sealed, allowed_email_domains, default_role, role_claim, role_mapping, enabled, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
       ON CONFLICT (org_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret_sealed = $4, allowed_email_domains = $5, default_role = $6,
         role_claim = $7, role_mapping = $8, enabled = $9, updated_at = $10`,
      [
        input.orgId,
        issuer,
        body.client_id,
        sealed,
        [...new Set(body.allowed_email_domains)],
        body.default_role,
        body.role_claim,
        JSON.stringify(body.role_mapping),
        body.enabled,
        now,
      ],
    );
    const saved = await loadOidcConfig(tx, input.orgId);
    return toOidcConfig(saved!, ctx.config.publicUrl);
  });
}
