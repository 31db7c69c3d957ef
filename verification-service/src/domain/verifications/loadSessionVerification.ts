import type { Agent, Assurance, ChannelDelivery, TicketRef, VerificationStatus } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import type { VerificationRow } from './verificationRows';
import { loadLinkDeliveries } from './loadLinkDeliveries';

/** What the employee page and the proofs see of a verification (with the contacts the proofs need). */
export interface SessionVerification {
  id: string;
  orgId: string;
  orgName: string;
  linkId: string;
  linkName: string;
  status: VerificationStatus;
  singleUse: boolean;
  employee: {
    id: string;
    display_name: string;
    email: string;
    personal_email: string | null;
    phone: string | null;
    personal_phone: string | null;
    status: 'active' | 'disabled';
  };
  agent: Agent;
  ticket: TicketRef;
  reason: string;
  matchCode: string;
  contacts: VerificationRow['contacts'];
  channels: VerificationRow['channels'];
  deliveries: ChannelDelivery[];
  assuranceRequired: Assurance;
  tokenUsedAt: Date | null;
  expiresAt: Date;
  openedAt: Date | null;
  createdAt: Date;
}

/**
 * Loads a verification for the employee side by id (found through a token or session), locking the
 * row when `forUpdate` so concurrent steps of one verification run one at a time.
 */
export async function loadSessionVerification(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SessionVerification | null> {
  const [row] = await db.query<
    VerificationRow & { org_name: string; link_name: string; single_use: boolean; emp: SessionVerification['employee'] }
  >(
    `SELECT v.*, o.name AS org_name, l.name AS link_name, l.single_use,
            json_build_object('id', e.id, 'display_name', e.display_name, 'email', e.email, 'personal_email', e.personal_email,
                              'phone', e.phone, 'personal_phone', e.personal_phone, 'status', e.status) AS emp
       FROM verifications v
       JOIN organizations o ON o.id = v.org_id
       JOIN links l ON l.id = v.link_id
       JOIN employees e ON e.id = v.employee_id
      WHERE v.id = $1${options.forUpdate ? ' FOR UPDATE OF v' : ''}`,
    [id],
  );
  if (!row) return null;
  const deliveries = (await loadLinkDeliveries(db, [row.id])).get(row.id) ?? [];
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
