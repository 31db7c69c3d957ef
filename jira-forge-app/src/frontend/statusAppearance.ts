import type { VerificationStatus } from '@helpdesk-verify/core-client/schemas';

/** The Lozenge appearance of each verification status. */
export const statusAppearance = (
  status: VerificationStatus,
): 'success' | 'removed' | 'inprogress' | 'default' | 'moved' =>
  (
    ({
      passed: 'success',
      failed: 'removed',
      expired: 'moved',
      cancelled: 'default',
      pending: 'inprogress',
      opened: 'inprogress',
    }) as const
  )[status];
