import type { Verification, VerificationListQuery } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { loadVerifications } from './loadVerification';
import { decodeVerificationListCursor, encodeVerificationListCursor } from './verificationListCursor';
import { findVerificationPageKeys } from './verificationsTable';

type ListQuery = z.output<typeof VerificationListQuery>;

/**
 * One cursor page of an organisation's verifications, filtered, searched (`q`: part of the employee
 * email or name or of the ticket id, or the whole match code) and sorted by creation, risk score or
 * completion time in either order. The keyset is (sort key, id), so pages neither skip nor repeat
 * rows under any sort, rows without a value included.
 */
export async function listVerifications(
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; orgId: string; query: ListQuery },
): Promise<{ data: Verification[]; next_cursor: string | null }> {
  const { query } = input;
  const after = query.cursor
    ? decodeVerificationListCursor(query.cursor, { sort: query.sort, order: query.order })
    : null;
  const rows = await findVerificationPageKeys(ctx, { ...input, after });
  const kept = rows.slice(0, query.limit);
  const last = kept[kept.length - 1];
  const next_cursor =
    rows.length > query.limit && last
      ? encodeVerificationListCursor({
          sort: query.sort,
          order: query.order,
          value: last.sort_value instanceof Date ? last.sort_value.toISOString() : last.sort_value,
          id: last.id,
        })
      : null;
  return {
    data: await loadVerifications(ctx, {
      ...(input.tx ? { tx: input.tx } : {}),
      orgId: input.orgId,
      ids: kept.map((r) => r.id),
    }),
    next_cursor,
  };
}
