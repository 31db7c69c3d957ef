import type { Verification } from '@helpdesk-verify/core-client';

/** The ticket as it is being saved. */
export interface TicketBeingSaved {
  status: string;
  tags: readonly string[];
  requesterEmail: string | null;
}

/** Allow the save, or refuse it with the message Zendesk shows the agent. */
export type SolveDecision = { allow: true } | { allow: false; message: string };

const SOLVING = new Set(['solved', 'closed']);

/** True when the save needs a passed verification: the ticket is being solved and carries the gate tag. */
export const needsVerification = (ticket: TicketBeingSaved, gateTag: string): boolean =>
  SOLVING.has(ticket.status.toLowerCase()) && ticket.tags.some((tag) => tag.toLowerCase() === gateTag);

/**
 * The policy gate: a ticket tagged `gateTag` may be solved only when one of `verifications` (those
 * of this ticket) passed for the ticket's requester (matched on email, case-insensitively).
 */
export const decideSolve = (input: { ticket: TicketBeingSaved; gateTag: string; verifications: readonly Verification[] }): SolveDecision => {
  const { ticket, gateTag } = input;
  if (!needsVerification(ticket, gateTag)) return { allow: true };
  const email = ticket.requesterEmail?.toLowerCase();
  if (!email) return { allow: false, message: `Tickets tagged ${gateTag} need a passed identity verification of the requester, and this requester has no email address to verify.` };
  const passed = input.verifications.some((v) => v.status === 'passed' && v.employee.email.toLowerCase() === email);
  return passed
    ? { allow: true }
    : { allow: false, message: `Tickets tagged ${gateTag} can be solved only after the requester's identity is verified. Use Verify identity in the Helpdesk Verify sidebar first.` };
};
