import type { ApiKeyScope, ConsoleRole } from '@helpdesk-verify/core-client/schemas';

/** What each console role may do on the /v1 API, in the scopes API keys use. */
export const ROLE_SCOPES: Record<ConsoleRole, readonly ApiKeyScope[]> = {
  admin: ['admin'],
  agent: ['verifications:write'],
  auditor: ['verifications:read', 'admin:read', 'audit:read'],
};
