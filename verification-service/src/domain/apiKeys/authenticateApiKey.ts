import type { ApiKeyScope } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { hashSecret, safeEqual } from '../../kernel/secrets';
import { findApiKeyByHash, knownScopes, touchApiKeyLastUsed } from './apiKeysTable';

/** `last_used_at` is written at most this often per key, so busy integrations do not write on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Who a valid API key belongs to. */
export interface ApiKeyIdentity {
  orgId: string;
  scopes: ApiKeyScope[];
  actor: { type: 'api_key'; id: string; name: string };
}

/**
 * Resolves a presented Bearer key to its organisation, or null when it is unknown, malformed or
 * revoked. The key is hashed whatever its shape and found through the unique hash index, so the
 * time taken does not tell which part of a wrong key was wrong.
 */
export async function authenticateApiKey(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { key: string },
): Promise<ApiKeyIdentity | null> {
  const hash = hashSecret(input.key);
  const row = await findApiKeyByHash(ctx, { keyHash: hash });
  if (!row || !safeEqual(row.key_hash, hash) || row.revoked_at !== null) return null;

  const now = ctx.clock.now();
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (row.last_used_at === null || row.last_used_at <= staleBefore) {
    await touchApiKeyLastUsed(ctx, { orgId: row.org_id, id: row.id, at: now, staleBefore });
  }
  return { orgId: row.org_id, scopes: knownScopes(row.scopes), actor: { type: 'api_key', id: row.id, name: row.name } };
}
