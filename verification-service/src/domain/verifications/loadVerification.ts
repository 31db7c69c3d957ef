import type { ChannelDelivery, Verification, VerificationEvent } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { loadLinkDeliveries } from './loadLinkDeliveries';
import { toDeviceInfo, toLocationInfo } from './deviceAndLocation';
import { findEventsOfVerifications, type EventRow } from './verificationEventsTable';
import { findProofsOfVerifications, toProofResult, type ProofRow } from './verificationProofsTable';
import { findVerificationsWithEmployee, type VerificationWithEmployeeRow } from './verificationsTable';

/** Loads the API view of several verifications of one organisation, in the order of `ids`. */
export async function loadVerifications(
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; orgId: string; ids: readonly string[] },
): Promise<Verification[]> {
  const { orgId, ids } = input;
  if (ids.length === 0) return [];
  const tx = input.tx ?? ctx.db;
  const rows = await findVerificationsWithEmployee(ctx, { tx, orgId, ids });
  const proofs = await findProofsOfVerifications(ctx, { tx, orgId, verificationIds: ids });
  const deliveries = await loadLinkDeliveries(ctx, { tx, verificationIds: rows.map((r) => r.id) });
  const events = await findEventsOfVerifications(ctx, { tx, orgId, verificationIds: ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const v = byId.get(id);
    if (!v) return [];
    return [
      toVerification(
        v,
        proofs.filter((p) => p.verification_id === id),
        deliveries.get(id) ?? [],
        events.filter((e) => e.verification_id === id),
      ),
    ];
  });
}

/** The API view of one verification, or null when the organisation has none with that id. */
export async function loadVerification(
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; orgId: string; id: string },
): Promise<Verification | null> {
  const [found] = await loadVerifications(ctx, { ...input, ids: [input.id] });
  return found ?? null;
}

function toVerification(
  v: VerificationWithEmployeeRow,
  proofs: ProofRow[],
  deliveries: ChannelDelivery[],
  events: EventRow[],
): Verification {
  return {
    id: v.id,
    link_id: v.link_id,
    status: v.status,
    employee: { id: v.e_id, display_name: v.e_display_name, email: v.e_email },
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
