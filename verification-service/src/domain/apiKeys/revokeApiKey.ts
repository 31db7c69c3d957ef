import type { ApiKey } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { API_KEY_COLUMNS, toApiKey, type ApiKeyRow } from './toApiKey';

/**
 * Revokes an API key of the organisation; revoking twice keeps the first time. A key may revoke
 * itself: the call that does it succeeds, every later call with it is refused.
 */
export async function revokeApiKey(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable,
  input: { orgId: string; id: string },
): Promise<ApiKey> {
  const rows = await db.query<ApiKeyRow>(
    `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $3)
     WHERE org_id = $1 AND id = $2 RETURNING ${API_KEY_COLUMNS}`,
    [input.orgId, input.id, ctx.clock.now()],
  );
  const row = rows[0];
  if (!row) throw notFound('API key', input.id);
  return toApiKey(row);
}
