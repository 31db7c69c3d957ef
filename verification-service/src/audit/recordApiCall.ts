import type { AppContext } from '../app/AppContext';
import type { ApiCallRecord } from '../http/registerApiRoutes';
import { appendAuditEntry } from './appendAuditEntry';
import { auditActorOf } from './auditActorOf';
import { auditDetailsOfCall } from './auditDetailsOfCall';
import { auditTargetOf } from './auditTargetOf';

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
