import type { Verification } from '@helpdesk-verify/core-client/schemas';
import type { GateVerification } from '@helpdesk-verify/core-client/receiver';

/** A service verification as the kit's gate rule reads it: the employee by email, requested at `created_at`. */
export const toGateVerification = (verification: Verification): GateVerification => ({
  verificationId: verification.id,
  status: verification.status,
  employee: verification.employee.email,
  requestedAt: verification.created_at,
  completedAt: verification.completed_at,
});
