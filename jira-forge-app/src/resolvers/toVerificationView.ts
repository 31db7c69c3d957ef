import { TERMINAL_STATUSES, type Verification } from '@helpdesk-verify/core-client/schemas';
import { formatVerificationResult } from '@helpdesk-verify/core-client/format';

/** A verification as the panel shows it: the API object plus the shared headline and whether it ended. */
export interface VerificationView {
  verification: Verification;
  headline: string;
  terminal: boolean;
}

/** Wraps a verification for the UI with the one formatter every app shares. */
export const toVerificationView = (verification: Verification): VerificationView => ({
  verification,
  headline: formatVerificationResult(verification).headline,
  terminal: TERMINAL_STATUSES.includes(verification.status),
});
