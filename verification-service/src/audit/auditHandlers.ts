import type { AppContext } from '../app/AppContext';
import type { Handlers } from '../http/handler';
import { listAuditEntries } from './listAuditEntries';
import { verifyAuditChain } from './verifyAuditChain';

/** `GET /v1/audit-log` and `GET /v1/audit-log/verify` (scope `audit:read`). */
export function auditHandlers(ctx: Pick<AppContext, 'db'>): Handlers {
  return {
    listAuditLog: ({ caller, query }) => listAuditEntries(ctx.db, caller.orgId, query),
    verifyAuditLog: ({ caller }) => verifyAuditChain(ctx.db, caller.orgId),
  };
}
