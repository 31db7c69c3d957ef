import type { Verification, VerificationStatus } from '../schemas/verifications';
import type { TrustCheckEvent } from '../schemas/webhooks';
import type { ProofType } from '../schemas/proofs';
import type { Block } from './Block';
import { toPlainText } from './toPlainText';
import { toResultView, type ResultView } from './internal/toResultView';

/** The ticket text of a verification result, in plain text and as blocks to render. */
export interface FormattedVerificationResult {
  outcome: VerificationStatus;
  /** One line, e.g. "[PASSED] Identity verified: Ada Lovelace (ada@example.com)". */
  headline: string;
  plainText: string;
  blocks: Block[];
}

const PROOF_LABELS: Record<ProofType, string> = {
  email_possession: 'Email possession',
  phone_code: 'Phone one-time code',
  device_passkey: 'Device passkey',
  face_match: 'Face match',
  location: 'Location',
  employment: 'Employment status',
};

const HEADLINES: Record<VerificationStatus, string> = {
  passed: 'Identity verified',
  failed: 'Identity NOT verified',
  expired: 'Verification expired before it was completed',
  cancelled: 'Verification cancelled',
  pending: 'Verification link sent, waiting for the employee',
  opened: 'Employee opened the verification link',
};

/** Headlines of `trust_check.alert` events, by alert code (an unknown code gets a generic one). */
const ALERT_HEADLINES: Record<string, string> = {
  not_requested_by_employee: 'The employee did NOT request this verification',
};

const TICKET_SYSTEMS = {
  servicenow: 'ServiceNow',
  zendesk: 'Zendesk',
  jira: 'Jira',
  console: 'Console',
  api: 'API',
} as const;

/**
 * The one formatter the ServiceNow, Zendesk and Jira apps share, so all three say the same thing.
 * Takes a `Verification` (from the API) or a `TrustCheckEvent` (from a webhook).
 */
export const formatVerificationResult = (input: Verification | TrustCheckEvent): FormattedVerificationResult => {
  const view = toResultView(input);
  const headline = view.alert
    ? `[ALERT] ${(Object.prototype.hasOwnProperty.call(ALERT_HEADLINES, view.alert.code) && ALERT_HEADLINES[view.alert.code]) || 'Security alert on this verification'}: ${view.employee.name} (${view.employee.email})`
    : `[${view.outcome.toUpperCase()}] ${HEADLINES[view.outcome]}: ${view.employee.name} (${view.employee.email})`;
  const blocks: Block[] = [
    { kind: 'heading', text: headline },
    ...(view.alert ? [{ kind: 'paragraph' as const, text: `Alert: ${view.alert.message}` }] : []),
    ...(view.outcomeReason ? [{ kind: 'paragraph' as const, text: `Reason: ${view.outcomeReason}` }] : []),
    { kind: 'fields', fields: fields(view) },
    {
      kind: 'proofs',
      title: 'Proofs',
      proofs: view.proofs.map((proof) => ({
        label: PROOF_LABELS[proof.type],
        required: proof.required,
        status: proof.status,
        assurance: proof.assurance,
        detail: proof.detail,
      })),
    },
    ...(view.risk
      ? [
          {
            kind: 'risk' as const,
            score: view.risk.score,
            reasons: view.risk.reasons.map(({ message, weight }) => ({ message, weight })),
          },
        ]
      : []),
  ];
  return { outcome: view.outcome, headline, plainText: toPlainText(blocks), blocks };
};

const fields = (view: ResultView): { label: string; value: string }[] => {
  const optional = (label: string, value: string | null) => (value ? [{ label, value }] : []);
  return [
    { label: 'Employee', value: view.employee.name },
    { label: 'Email', value: view.employee.email },
    { label: 'Match code', value: view.matchCode },
    { label: 'Agent', value: view.agent.email ? `${view.agent.name} (${view.agent.email})` : view.agent.name },
    { label: 'Ticket', value: `${TICKET_SYSTEMS[view.ticket.system]} ${view.ticket.id}` },
    ...optional('Request reason', view.requestReason),
    ...optional('Cancelled by', view.cancelledBy),
    { label: 'Assurance', value: `${view.assuranceReached ?? 'none'} reached, ${view.assuranceRequired} required` },
    view.contacts,
    ...optional('Location', view.location),
    ...optional('Device', view.device),
    { label: 'Verification ID', value: view.verificationId },
    { label: 'Completed', value: view.completedAt ? new Date(view.completedAt).toISOString() : 'not yet' },
  ];
};
