import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { findSessionVerificationRow } from './verificationsTable';
import { loadLinkDeliveries } from './loadLinkDeliveries';
import type { SessionVerification } from '../proofs/framework/SessionVerification';

export type { SessionVerification };

/**
 * Loads a verification for the employee side by id (found through a token or session), locking the
 * row when `forUpdate` so concurrent steps of one verification run one at a time.
 */
export async function loadSessionVerification(
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; id: string; forUpdate?: boolean },
): Promise<SessionVerification | null> {
  const row = await findSessionVerificationRow(ctx, input);
  if (!row) return null;
  const tx = input.tx ?? ctx.db;
  const deliveries = (await loadLinkDeliveries(ctx, { tx, verificationIds: [row.id] })).get(row.id) ?? [];
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    linkId: row.link_id,
    linkName: row.link_name,
    status: row.status,
    singleUse: row.single_use,
    employee: row.emp,
    agent: row.agent,
    ticket: { system: row.ticket_system, id: row.ticket_id, url: row.ticket_url },
    reason: row.reason,
    matchCode: row.match_code,
    contacts: row.contacts,
    channels: row.channels,
    deliveries,
    assuranceRequired: row.assurance_required,
    tokenUsedAt: row.token_used_at,
    expiresAt: row.expires_at,
    openedAt: row.opened_at,
    createdAt: row.created_at,
  };
}
