import { ApiKeyScope, type ApiKey, type PageQuery } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';
import { cursorCondition } from '../../infrastructure/storage/cursor';

/** The columns of `api_keys` every listing selects (never the hash). */
const COLUMNS = 'id, name, scopes, prefix, created_at, last_used_at, revoked_at';

/** An `api_keys` row as selected with the columns above. */
export interface ApiKeyRow {
  [column: string]: unknown;
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** What authentication reads of a key: its organisation and hash besides the listed columns. */
export interface ApiKeyCredentialRow {
  [column: string]: unknown;
  id: string;
  name: string;
  org_id: string;
  scopes: string[];
  key_hash: Uint8Array;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

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

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertApiKey(
  ctx: Db,
  input: Tx & {
    id: string;
    orgId: string;
    name: string;
    scopes: string[];
    prefix: string;
    keyHash: Uint8Array;
    at: Date;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO api_keys (id, org_id, name, scopes, prefix, key_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [input.id, input.orgId, input.name, input.scopes, input.prefix, input.keyHash, input.at],
  );
}

/** One page (`limit + 1` rows, to tell whether another follows) of the organisation's keys, newest first. */
export async function listApiKeyRows(ctx: Db, input: Tx & { orgId: string } & PageQuery): Promise<ApiKeyRow[]> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  return (input.tx ?? ctx.db).query<ApiKeyRow>(
    `SELECT ${COLUMNS} FROM api_keys WHERE org_id = $1${after}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
}

/** Sets `revoked_at` unless it is set already; undefined for an unknown id and for another organisation's. */
export async function markApiKeyRevoked(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date },
): Promise<ApiKeyRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<ApiKeyRow>(
    `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $3)
     WHERE org_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [input.orgId, input.id, input.at],
  );
  return row;
}

/** The key with this hash, whatever its organisation: the key is what names the organisation. */
export async function findApiKeyByHash(
  ctx: Db,
  input: Tx & { keyHash: Uint8Array },
): Promise<ApiKeyCredentialRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<ApiKeyCredentialRow>(
    'SELECT id, org_id, name, scopes, key_hash, last_used_at, revoked_at FROM api_keys WHERE key_hash = $1',
    [input.keyHash],
  );
  return row;
}

/** Sets `last_used_at` when it is older than `staleBefore`; the condition in SQL makes concurrent calls write once. */
export async function touchApiKeyLastUsed(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date; staleBefore: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE api_keys SET last_used_at = $1
     WHERE org_id = $2 AND id = $3 AND (last_used_at IS NULL OR last_used_at <= $4)`,
    [input.at, input.orgId, input.id, input.staleBefore],
  );
}
