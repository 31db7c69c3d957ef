import type { AppContext } from '../../kernel/AppContext';
import type { ApiCallRecord } from './registerApiRoutes';
import { appendAuditEntry } from '../../domain/audit/appendAuditEntry';
import { auditActorOf } from '../../domain/audit/auditActorOf';
import { auditDetailsOfCall } from '../../domain/audit/auditDetailsOfCall';
import { auditTargetOf } from '../../domain/audit/auditTargetOf';

/** Records a successful unsafe `/v1` call: action = endpoint name, the caller as actor, the target by id. */
export async function recordApiCall(ctx: Pick<AppContext, 'db' | 'clock'>, call: ApiCallRecord): Promise<void> {
  await appendAuditEntry(ctx, ctx.db, {
    orgId: call.caller.orgId,
    actor: auditActorOf(call.caller.actor),
    action: call.name,
    target: auditTargetOf({ name: call.name, orgId: call.caller.orgId, params: call.params, response: call.response }),
    details: auditDetailsOfCall({ params: call.params, body: call.body, requestId: call.requestId }),
  });
}
