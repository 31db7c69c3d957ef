import type { Verification, VerificationEvent } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import type { ChannelDelivery } from '@helpdesk-verify/core-client';
import { toProofResult, type EventRow, type ProofRow, type VerificationRow } from './verificationRows';
import { loadLinkDeliveries } from './loadLinkDeliveries';
import { toDeviceInfo, toLocationInfo } from './deviceAndLocation';

interface EmployeeSummary {
  id: string;
  display_name: string;
  email: string;
  [key: string]: unknown;
}

/** Loads the API view of several verifications of one organisation, in the order of `ids`. */
export async function loadVerifications(db: Queryable, orgId: string, ids: readonly string[]): Promise<Verification[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<VerificationRow & { e_id: string; e_display_name: string; e_email: string }>(
    `SELECT v.*, e.id AS e_id, e.display_name AS e_display_name, e.email AS e_email
       FROM verifications v JOIN employees e ON e.id = v.employee_id
      WHERE v.org_id = $1 AND v.id = ANY($2::text[])`,
    [orgId, ids],
  );
  const proofs = await db.query<ProofRow & { verification_id: string }>(
    'SELECT * FROM verification_proofs WHERE org_id = $1 AND verification_id = ANY($2::text[]) ORDER BY verification_id, position',
    [orgId, ids],
  );
  const deliveries = await loadLinkDeliveries(
    db,
    rows.map((r) => r.id),
  );
  const events = await db.query<EventRow & { verification_id: string }>(
    'SELECT * FROM verification_events WHERE org_id = $1 AND verification_id = ANY($2::text[]) ORDER BY id',
    [orgId, ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const v = byId.get(id);
    if (!v) return [];
    const employee: EmployeeSummary = { id: v.e_id, display_name: v.e_display_name, email: v.e_email };
    return [
      toVerification(
        v,
        employee,
        proofs.filter((p) => p.verification_id === id),
        deliveries.get(id) ?? [],
        events.filter((e) => e.verification_id === id),
      ),
    ];
  });
}

/** The API view of one verification, or null when the organisation has none with that id. */
export async function loadVerification(db: Queryable, orgId: string, id: string): Promise<Verification | null> {
  const [found] = await loadVerifications(db, orgId, [id]);
  return found ?? null;
}

function toVerification(
  v: VerificationRow,
  employee: EmployeeSummary,
  proofs: ProofRow[],
  deliveries: ChannelDelivery[],
  events: EventRow[],
): Verification {
  return {
    id: v.id,
    link_id: v.link_id,
    status: v.status,
    employee: { id: employee.id, display_name: employee.display_name, email: employee.email },
    agent: v.agent,
    ticket: { system: v.ticket_system, id: v.ticket_id, url: v.ticket_url },
    reason: v.reason,
    metadata: v.metadata,
    match_code: v.match_code,
    deliveries,
    proofs: proofs.map(toProofResult),
    assurance_required: v.assurance_required,
    assurance_reached: v.assurance_reached,
    risk: v.risk,
    device: toDeviceInfo(v.device),
    location: toLocationInfo(v.location),
    outcome_reason: v.outcome_reason,
    timeline: events.map((e): VerificationEvent => ({
      status: e.status as VerificationEvent['status'],
      at: e.at.toISOString(),
      detail: e.detail,
    })),
    expires_at: v.expires_at.toISOString(),
    created_at: v.created_at.toISOString(),
    updated_at: v.updated_at.toISOString(),
    completed_at: v.completed_at ? v.completed_at.toISOString() : null,
  };
}
