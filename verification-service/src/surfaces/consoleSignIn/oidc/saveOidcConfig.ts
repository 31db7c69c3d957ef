import { PutOidcConfigRequest, type OidcConfig } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../../kernel/AppContext';
import { ProblemError } from '../../../kernel/ProblemError';
import { isAllowedIssuer } from './isAllowedIssuer';
import { loadOidcConfig, upsertOidcConfig } from '../../../domain/consoleUsers/consoleOidcConfigsTable';
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
    const current = await loadOidcConfig(ctx, { tx, orgId: input.orgId });
    let sealed: Uint8Array;
    if (body.client_secret !== undefined) sealed = ctx.key.encrypt(body.client_secret);
    else if (current) sealed = current.clientSecretSealed;
    else
      throw new ProblemError('validation_error', 'Give the client secret the first time', {
        errors: [{ path: ['client_secret'], message: 'required' }],
      });
    const now = ctx.clock.now();
    const issuer = body.issuer.replace(/\/+$/, '');
    await upsertOidcConfig(ctx, {
      tx,
      config: {
        orgId: input.orgId,
        issuer,
        clientId: body.client_id,
        clientSecretSealed: sealed,
        allowedEmailDomains: [...new Set(body.allowed_email_domains)],
        defaultRole: body.default_role,
        roleClaim: body.role_claim,
        roleMapping: body.role_mapping,
        enabled: body.enabled,
      },
      at: now,
    });
    const saved = await loadOidcConfig(ctx, { tx, orgId: input.orgId });
    return toOidcConfig(saved!, ctx.config.publicUrl);
  });
}
