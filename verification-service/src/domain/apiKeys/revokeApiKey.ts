import type { ApiKey } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound } from '../../kernel/ProblemError';
import { markApiKeyRevoked, toApiKey } from './apiKeysTable';

/**
 * Revokes an API key of the organisation; revoking twice keeps the first time. A key may revoke
 * itself: the call that does it succeeds, every later call with it is refused.
 */
export async function revokeApiKey(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { tx?: Queryable; orgId: string; id: string },
): Promise<ApiKey> {
  const row = await markApiKeyRevoked(ctx, { ...input, at: ctx.clock.now() });
  if (!row) throw notFound('API key', input.id);
  return toApiKey(row);
}
