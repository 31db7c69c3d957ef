import type { ApiKey, PageQuery } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { toPage } from '../../infrastructure/storage/cursor';
import { listApiKeyRows, toApiKey } from './apiKeysTable';

/** The organisation's API keys, newest first, revoked ones included. */
export async function listApiKeys(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string } & PageQuery,
): Promise<{ data: ApiKey[]; next_cursor: string | null }> {
  return toPage(await listApiKeyRows(ctx, input), input.limit, toApiKey);
}
