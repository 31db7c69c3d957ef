import type { ApiKey, PageQuery } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { cursorCondition, toPage } from '../../infrastructure/storage/cursor';
import { API_KEY_COLUMNS, toApiKey, type ApiKeyRow } from './toApiKey';

/** The organisation's API keys, newest first, revoked ones included. */
export async function listApiKeys(
  db: Queryable,
  input: { orgId: string } & PageQuery,
): Promise<{ data: ApiKey[]; next_cursor: string | null }> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  const rows = await db.query<ApiKeyRow>(
    `SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE org_id = $1${after}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, input.limit, toApiKey);
}
