import { ApiKeyScope, type ApiKey } from '@helpdesk-verify/core-client';

/** The columns of `api_keys` every read selects (never the hash). */
export const API_KEY_COLUMNS = 'id, name, scopes, prefix, created_at, last_used_at, revoked_at';

/** A row of `api_keys` as selected with {@link API_KEY_COLUMNS}. */
export type ApiKeyRow = {
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

/** Keeps only the scopes the contract knows, so an old or hand-edited row cannot widen a key. */
export function knownScopes(scopes: readonly string[]): ApiKeyScope[] {
  return scopes.filter((s): s is ApiKeyScope => ApiKeyScope.safeParse(s).success);
}

/** Maps a row to the API's `ApiKey` (the hash never leaves storage). */
export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scopes: knownScopes(row.scopes),
    prefix: row.prefix,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at ? row.last_used_at.toISOString() : null,
    revoked_at: row.revoked_at ? row.revoked_at.toISOString() : null,
  };
}
