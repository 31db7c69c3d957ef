import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { listAuditEntries } from '../../../domain/audit/listAuditEntries';
import { verifyAuditChain } from '../../../domain/audit/verifyAuditChain';

/** `GET /v1/audit-log` and `GET /v1/audit-log/verify` (scope `audit:read`). */
export function auditHandlers(ctx: Pick<AppContext, 'db'>): Handlers {
  return {
    listAuditLog: ({ caller, query }) => listAuditEntries(ctx, { orgId: caller.orgId, query }),
    verifyAuditLog: ({ caller }) => verifyAuditChain(ctx, { orgId: caller.orgId }),
  };
}
