import type { VerificationStatus } from '@helpdesk-verify/core-client/schemas';

/** A verification's status as a coloured pill; the word itself carries the meaning (not the colour). */
export function StatusBadge({ status }: { status: VerificationStatus }) {
  return <span class={`status status-${status}`}>{status}</span>;
}
