import type { Handlers } from '../../../infrastructure/http/handler';
import { notFound } from '../../../kernel/ProblemError';
import { proofCapabilities } from '../../../domain/proofs/proofRegistry';
import { auditActorOf } from '../../../domain/audit/auditActorOf';
import { listVerificationDeliveries } from '../../../domain/verifications/listVerificationDeliveries';
import { cancelVerification } from '../../../domain/verifications/cancelVerification';
import { createVerification } from '../../../domain/verifications/createVerification';
import { listVerifications } from '../../../domain/verifications/listVerifications';
import { loadVerification } from '../../../domain/verifications/loadVerification';
import { resendVerification } from '../../../domain/verifications/resendVerification';
import type { VerificationDeps } from '../../../domain/verifications/VerificationDeps';

/** The `/v1/verifications` endpoints (with a verification's webhook deliveries) and `/v1/proofs`. */
export function verificationHandlers(deps: VerificationDeps): Handlers {
  return {
    listProofs: async () => ({ data: proofCapabilities(deps.proofs) }),
    createVerification: async ({ body, caller, idempotencyKey }) =>
      (await createVerification(deps, { orgId: caller.orgId, body, idempotencyKey, actor: auditActorOf(caller.actor) }))
        .verification,
    getVerification: async ({ params, caller }) => {
      const found = await loadVerification(deps, { orgId: caller.orgId, id: params.id });
      if (!found) throw notFound('verification', params.id);
      return found;
    },
    listVerifications: async ({ query, caller }) => listVerifications(deps, { orgId: caller.orgId, query }),
    listVerificationDeliveries: ({ caller, params, query }) =>
      listVerificationDeliveries(deps, { orgId: caller.orgId, verificationId: params.id, query }),
    cancelVerification: async ({ params, body, caller }) =>
      cancelVerification(deps, {
        orgId: caller.orgId,
        id: params.id,
        reason: body.reason,
        actor: auditActorOf(caller.actor),
      }),
    resendVerification: async ({ params, body, caller }) =>
      resendVerification(deps, {
        orgId: caller.orgId,
        id: params.id,
        channels: body.channels,
        actor: auditActorOf(caller.actor),
      }),
  };
}
