import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import type { VerificationRecordUpdate } from '../ports';

/** The verification-table fields a `trust_check.*` event sets. */
export const mapEventToRecord = (event: TrustCheckEvent): VerificationRecordUpdate => ({
  status: event.status,
  riskScore: event.risk.score,
  riskReasons: event.risk.reasons
    .map((reason) => `${reason.weight >= 0 ? '+' : ''}${reason.weight} ${reason.message}`)
    .join('\n'),
  outcomeReason: event.outcome_reason ?? '',
  assuranceReached: event.assurance_reached ?? '',
  completedAt: event.timestamp,
});
