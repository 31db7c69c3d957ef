import type { Verification } from '@helpdesk-verify/core-client/schemas';
import { decideTicketGate } from '@helpdesk-verify/core-client/receiver';
import { toGateVerification } from './toGateVerification';

/** The ticket as it is being saved (or as it was solved, for the server-side guard). */
export interface TicketBeingSaved {
  status: string;
  tags: readonly string[];
  requesterEmail: string | null;
}

/** Allow the save, or refuse it with the message Zendesk shows the agent (and the guard's note). */
export type SolveDecision = { allow: true; verificationId: string | null } | { allow: false; message: string };

const SOLVING = new Set(['solved', 'closed']);

/** True when the save needs a passed verification: the ticket is being solved and carries the gate tag. */
export const needsVerification = (ticket: TicketBeingSaved, gateTag: string): boolean =>
  SOLVING.has(ticket.status.toLowerCase()) && ticket.tags.some((tag) => tag.toLowerCase() === gateTag.toLowerCase());

/**
 * The policy gate of the sidebar and of the server-side guard, on the kit's `decideTicketGate`: a
 * ticket tagged `gateTag` may be solved only when the latest verification of this ticket for its
 * current requester (by email) passed, within `maxAgeMinutes` when set. `verifications` are this
 * ticket's, every status: a later failed or pending one outweighs an earlier pass.
 */
export const decideSolve = (input: {
  ticket: TicketBeingSaved;
  gateTag: string;
  verifications: readonly Verification[];
  now: Date;
  maxAgeMinutes: number | null;
}): SolveDecision => {
  const { ticket, gateTag } = input;
  if (!needsVerification(ticket, gateTag)) return { allow: true, verificationId: null };
  const email = ticket.requesterEmail?.trim();
  if (!email)
    return {
      allow: false,
      message: `Tickets tagged ${gateTag} need a passed identity verification of the requester, and this requester has no email address to verify.`,
    };
  const decision = decideTicketGate({
    verifications: input.verifications.map(toGateVerification),
    employee: email,
    now: input.now,
    maxAgeMinutes: input.maxAgeMinutes,
  });
  return decision.allow
    ? { allow: true, verificationId: decision.verificationId }
    : {
        allow: false,
        message: `Tickets tagged ${gateTag} can be solved only after the requester's identity is verified. ${decision.message}`,
      };
};
