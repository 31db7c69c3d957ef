import type { ApiKeyScope, ApiKeyWithSecret } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { hashSecret, newSecret } from '../../kernel/secrets';
import { insertApiKey } from './apiKeysTable';

/** Every API key starts with this, so secret scanners and people recognise one. */
export const API_KEY_PREFIX = 'hvk_';

/** How many leading characters of a key are kept in clear to recognise it (`hvk_` and 8 more). */
export const API_KEY_DISPLAY_LENGTH = 12;

/**
 * Creates an API key and returns it with its secret: the only time the key is shown. Storage keeps
 * the SHA-256 of the key (it has ~256 random bits, so no slow hash is needed) and a display prefix.
 */
export async function createApiKey(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { tx?: Queryable; orgId: string; name: string; scopes: readonly ApiKeyScope[] },
): Promise<ApiKeyWithSecret> {
  const id = ctx.newId('key');
  const key = newSecret(API_KEY_PREFIX);
  const prefix = key.slice(0, API_KEY_DISPLAY_LENGTH);
  const scopes = [...new Set(input.scopes)];
  const now = ctx.clock.now();
  await insertApiKey(ctx, {
    tx: input.tx,
    id,
    orgId: input.orgId,
    name: input.name,
    scopes,
    prefix,
    keyHash: hashSecret(key),
    at: now,
  });
  return {
    id,
    name: input.name,
    scopes,
    prefix,
    created_at: now.toISOString(),
    last_used_at: null,
    revoked_at: null,
    key,
  };
}
