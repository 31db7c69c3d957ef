import type { VerificationStatus } from '../schemas/verifications';

/** One verification of the ticket as the gate needs it. */
export interface GateVerification {
  verificationId: string;
  status: VerificationStatus;
  /** Who was verified: an email or a directory id, whichever the host compares with the ticket's requester. */
  employee: string | null;
  /** When it was requested (ISO 8601): the latest one decides. */
  requestedAt: string;
  /** When it ended (ISO 8601), null while it runs. */
  completedAt: string | null;
}

/** What the gate looks at when a ticket is about to be solved or closed. */
export interface TicketGateInput {
  /** The verifications of this ticket (others are the host's mistake, not ours to guess). */
  verifications: readonly GateVerification[];
  /** The ticket's current requester, compared case-insensitively with `employee`; null accepts anyone. */
  employee: string | null;
  now: Date;
  /** How long a pass counts, in minutes; null for as long as the ticket lives. */
  maxAgeMinutes: number | null;
}

/** Why the gate refused. */
export type TicketGateRefusal = 'no_verification' | 'not_passed' | 'stale';

/** Allow with the verification that allows it, or refuse with the reason and the agent's message. */
export type TicketGateDecision =
  | { allow: true; verificationId: string }
  | { allow: false; reason: TicketGateRefusal; message: string; verificationId: string | null };

const key = (value: string | null): string => (value === null ? '' : value.trim().toLowerCase());

/**
 * The one gate rule of every app: a gated ticket may be solved or closed only when the latest
 * verification of this ticket for its current requester passed, and passed within the freshness
 * window. An older pass does not count once a newer verification was started, and a pass for
 * someone who is no longer the requester does not count at all.
 */
export const decideTicketGate = (input: TicketGateInput): TicketGateDecision => {
  const wanted = key(input.employee);
  let latest: GateVerification | null = null;
  for (const verification of input.verifications) {
    if (wanted !== '' && key(verification.employee) !== wanted) continue;
    if (latest === null || Date.parse(verification.requestedAt) > Date.parse(latest.requestedAt)) latest = verification;
  }
  if (latest === null) {
    return {
      allow: false,
      reason: 'no_verification',
      verificationId: null,
      message: 'No identity verification of the requester was done on this ticket. Use Verify identity first.',
    };
  }
  if (latest.status !== 'passed') {
    return {
      allow: false,
      reason: 'not_passed',
      verificationId: latest.verificationId,
      message: `The latest identity verification of the requester on this ticket is "${latest.status}", not "passed". Use Verify identity again.`,
    };
  }
  if (input.maxAgeMinutes !== null) {
    const passedAt = Date.parse(latest.completedAt !== null ? latest.completedAt : latest.requestedAt);
    if (!(input.now.getTime() - passedAt <= input.maxAgeMinutes * 60_000)) {
      return {
        allow: false,
        reason: 'stale',
        verificationId: latest.verificationId,
        message: `The requester's identity was verified more than ${input.maxAgeMinutes} minutes ago. Use Verify identity again.`,
      };
    }
  }
  return { allow: true, verificationId: latest.verificationId };
};
