import type { ApiKeyScope } from '@helpdesk-verify/core-client/schemas';

const IMPLIES: Record<ApiKeyScope, readonly ApiKeyScope[]> = {
  admin: ['admin', 'admin:read', 'audit:read', 'verifications:write', 'verifications:read'],
  'admin:read': ['admin:read', 'verifications:read'],
  'audit:read': ['audit:read'],
  'verifications:write': ['verifications:write', 'verifications:read'],
  'verifications:read': ['verifications:read'],
};

/** Whether a caller with `granted` scopes may call an endpoint that needs `needed`. */
export function hasScope(granted: readonly ApiKeyScope[], needed: ApiKeyScope): boolean {
  return granted.some((g) => IMPLIES[g].includes(needed));
}
