import type { Agent, TicketRef, Verification, VerificationStatus } from '../../schemas/verifications';
import type { TrustCheckEvent } from '../../schemas/webhooks';
import type { Assurance, ProofResult } from '../../schemas/proofs';
import type { RiskLine } from '../Block';

/** What the formatter needs, read from either a verification or a trust check event. */
export interface ResultView {
  outcome: VerificationStatus;
  verificationId: string;
  employee: { name: string; email: string };
  agent: Agent;
  ticket: TicketRef;
  matchCode: string;
  requestReason: string | null;
  proofs: ProofResult[];
  assuranceRequired: Assurance;
  assuranceReached: Assurance | null;
  risk: { score: number; reasons: RiskLine[] } | null;
  outcomeReason: string | null;
  /** "Link sent to" (a verification knows its deliveries) or "Contacts chosen" (an event knows the choice). */
  contacts: { label: string; value: string };
  location: string | null;
  device: string | null;
  completedAt: string | null;
  /** Set on a `trust_check.alert` event: what the employee reported. */
  alert: { code: string; message: string } | null;
  /** Set on a `trust_check.cancelled` event: who cancelled, e.g. "grace@example.com (console user)". */
  cancelledBy: string | null;
}

const ACTOR_KINDS = { api_key: 'API key', user: 'console user', employee: 'employee', system: 'the service' } as const;

const CHANNEL_NAMES = { email: 'email', sms: 'SMS' } as const;

/** Reads a `Verification` or a `TrustCheckEvent` into one shape. */
export const toResultView = (input: Verification | TrustCheckEvent): ResultView =>
  'event_type' in input ? fromEvent(input) : fromVerification(input);

const fromVerification = (v: Verification): ResultView => ({
  outcome: v.status,
  verificationId: v.id,
  employee: { name: v.employee.display_name, email: v.employee.email },
  agent: v.agent,
  ticket: v.ticket,
  matchCode: v.match_code,
  requestReason: v.reason === '' ? null : v.reason,
  proofs: v.proofs,
  assuranceRequired: v.assurance_required,
  assuranceReached: v.assurance_reached,
  risk: v.risk,
  outcomeReason: v.outcome_reason,
  contacts: linkSentTo(v.deliveries),
  location: describeLocation(v.location),
  device: null,
  completedAt: v.completed_at,
  alert: null,
  cancelledBy: null,
});

const linkSentTo = (deliveries: Verification['deliveries']): ResultView['contacts'] => ({
  label: 'Link sent to',
  value:
    deliveries
      .map(
        (d) =>
          `${CHANNEL_NAMES[d.channel]} to ${d.contact} contact ${d.destination} (${d.status}${d.error ? `: ${d.error}` : ''})`,
      )
      .join('; ') || 'not sent yet',
});

const fromEvent = (e: TrustCheckEvent): ResultView => ({
  outcome: e.status,
  verificationId: e.session_id,
  employee: { name: e.identity.name, email: e.identity.email },
  agent: e.agent,
  ticket: e.ticket,
  matchCode: e.match_code,
  requestReason: e.reason === '' ? null : e.reason,
  proofs: e.proofs,
  assuranceRequired: e.assurance_required,
  assuranceReached: e.assurance_reached,
  risk: e.risk,
  outcomeReason: e.outcome_reason,
  contacts: linkSentTo(e.deliveries),
  location: describeLocation(e.location),
  device: e.device ? describeDevice(e.device) : null,
  completedAt: e.status === 'pending' || e.status === 'opened' ? null : e.timestamp,
  alert: e.event_type === 'trust_check.alert' ? e.alert : null,
  cancelledBy: e.cancelled_by ? `${e.cancelled_by.label} (${ACTOR_KINDS[e.cancelled_by.type]})` : null,
});

/** "Bavaria, DE" (region and country are all a location ever holds). */
const describeLocation = (location: Verification['location']): string | null =>
  location ? [location.region, location.country].filter(Boolean).join(', ') || null : null;

const describeDevice = (device: NonNullable<TrustCheckEvent['device']>): string | null => {
  const parts = [
    device.attestation ? `attestation: ${device.attestation}` : null,
    device.same_device_as_link === null
      ? null
      : device.same_device_as_link
        ? 'same device that opened the link'
        : 'a different device than the one that opened the link',
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('; ') : null;
};
