import type { ApiKeyScope } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import { hashSecret, safeEqual } from '../../kernel/secrets';
import { knownScopes } from '../../domain/apiKeys/toApiKey';

/** `last_used_at` is written at most this often per key, so busy integrations do not write on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Who a valid API key belongs to. */
export interface ApiKeyIdentity {
  orgId: string;
  scopes: ApiKeyScope[];
  actor: { type: 'api_key'; id: string; name: string };
}

type KeyRow = {
  id: string;
  name: string;
  org_id: string;
  scopes: string[];
  key_hash: Uint8Array;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

/**
 * Resolves a presented Bearer key to its organisation, or null when it is unknown, malformed or
 * revoked. The key is hashed whatever its shape and found through the unique hash index, so the
 * time taken does not tell which part of a wrong key was wrong.
 */
export async function authenticateApiKey(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  presentedKey: string,
): Promise<ApiKeyIdentity | null> {
  const hash = hashSecret(presentedKey);
  // The one query not filtered on org_id: the key is what names the organisation.
  const rows = await ctx.db.query<KeyRow>(
    'SELECT id, org_id, name, scopes, key_hash, last_used_at, revoked_at FROM api_keys WHERE key_hash = $1',
    [hash],
  );
  const row = rows[0];
  if (!row || !safeEqual(row.key_hash, hash) || row.revoked_at !== null) return null;

  const now = ctx.clock.now();
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (row.last_used_at === null || row.last_used_at <= staleBefore) {
    // The condition repeats in SQL so concurrent requests write once.
    await ctx.db.query(
      `UPDATE api_keys SET last_used_at = $1
       WHERE org_id = $2 AND id = $3 AND (last_used_at IS NULL OR last_used_at <= $4)`,
      [now, row.org_id, row.id, staleBefore],
    );
  }
  return { orgId: row.org_id, scopes: knownScopes(row.scopes), actor: { type: 'api_key', id: row.id, name: row.name } };
}
