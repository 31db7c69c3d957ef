import {
  TrustCheckEvent,
  type AuditActor,
  type EventType,
  type Verification,
} from '@helpdesk-verify/core-client/schemas';
import type { VerificationRow } from './verificationsTable';

export const EVENT_OF_STATUS: Partial<Record<Verification['status'], EventType>> = {
  passed: 'trust_check.completed',
  failed: 'trust_check.failed',
  expired: 'trust_check.expired',
  cancelled: 'trust_check.cancelled',
};

/**
 * The webhook payload of a verification that has just ended, checked against the contract (`alert`
 * only on trust_check.alert, `cancelledBy` only on trust_check.cancelled).
 */
export function buildTrustCheckEvent(
  eventType: EventType,
  view: Verification,
  row: Pick<VerificationRow, 'contacts' | 'device' | 'location'>,
  at: Date,
  extra: { alert?: TrustCheckEvent['alert']; cancelledBy?: AuditActor | null } = {},
): TrustCheckEvent {
  const alert = extra.alert ?? null;
  return TrustCheckEvent.parse({
    event_type: eventType,
    link_id: view.link_id,
    session_id: view.id,
    timestamp: at.toISOString(),
    status: view.status,
    identity: {
      employee_id: view.employee.id,
      name: view.employee.display_name,
      email: view.employee.email,
      proofs_completed: view.proofs.filter((p) => p.status === 'passed').map((p) => p.type),
    },
    proofs: view.proofs,
    assurance_required: view.assurance_required,
    assurance_reached: view.assurance_reached,
    device: view.device,
    location: view.location,
    risk: view.risk ?? { score: 0, reasons: [] },
    alert,
    ticket: view.ticket,
    agent: view.agent,
    contacts: row.contacts,
    deliveries: view.deliveries,
    match_code: view.match_code,
    reason: view.reason,
    outcome_reason: view.outcome_reason,
    metadata: view.metadata,
    ...(eventType === 'trust_check.cancelled' ? { cancelled_by: extra.cancelledBy ?? null } : {}),
  });
}
