import type { ProofType } from '@helpdesk-verify/core-client/schemas';
import { ProblemError } from '../../kernel/ProblemError';
import type { ProofStepResult } from '../proofs/framework/ProofDefinition';
import { findLinkProofOptions } from '../links/linksTable';
import { applyProofStep } from './applyProofStep';
import { loadProofRecords } from './loadProofRecords';
import { loadSessionVerification } from './loadSessionVerification';
import { noteActingDevice, type BrowserSeen } from './noteDevice';
import { proofServicesFor } from './proofServicesFor';
import { settleVerification } from './settleVerification';
import type { VerificationDeps } from './VerificationDeps';

/**
 * Runs one step a proof offers (send a code, check a code…) for the employee's open verification.
 * The row is locked for the step, so concurrent requests cannot double-count attempts; a message the
 * step queues (the code's SMS) is in the outbox with the step's state and is sent right after the commit.
 */
export async function runProofAction(
  deps: VerificationDeps,
  input: {
    verificationId: string;
    type: string;
    action: string;
    body: Record<string, unknown>;
    request: { userAgent: string | null; ip: string | null; deviceCookie?: string | null };
  },
): Promise<{
  status: ProofStepResult['status'];
  notice: string | null;
  verificationStatus: string;
  data?: Record<string, unknown>;
}> {
  const step = await deps.db.transaction(async (tx) => {
    const v = await loadSessionVerification(deps, { tx, id: input.verificationId, forUpdate: true });
    if (!v) throw new ProblemError('not_found', 'This verification no longer exists');
    if (v.status !== 'opened' || v.expiresAt <= deps.clock.now()) {
      throw new ProblemError(
        'invalid_state',
        `This verification has ended (${v.status === 'opened' ? 'expired' : v.status})`,
      );
    }
    const definition = deps.proofs.get(input.type as ProofType);
    const proof = (await loadProofRecords(deps, { tx, verificationId: v.id })).find((p) => p.type === input.type);
    const handler =
      definition && Object.hasOwn(definition.actions, input.action) ? definition.actions[input.action] : undefined;
    if (!definition || !proof || !handler) throw new ProblemError('not_found', 'This verification has no such step');
    if (proof.status !== 'pending') throw new ProblemError('invalid_state', `This step is already ${proof.status}`);
    const services = proofServicesFor(deps, { tx, verification: v });
    const result = await handler(
      {
        ctx: deps,
        tx,
        verification: v,
        proof,
        options: await findLinkProofOptions(deps, { tx, orgId: v.orgId, linkId: v.linkId, type: proof.type }),
        request: { userAgent: input.request.userAgent, ip: input.request.ip },
        services,
      },
      input.body,
    );
    await noteActingDevice(deps, {
      tx,
      verification: v,
      browser: { userAgent: input.request.userAgent, deviceCookie: input.request.deviceCookie },
    });
    await applyProofStep(deps, {
      tx,
      orgId: v.orgId,
      verificationId: v.id,
      type: proof.type,
      result,
      at: deps.clock.now(),
    });
    const decision = await settleVerification(deps, { tx, verification: v, finishRequested: false });
    return { result, decision, queued: services.queued() };
  });
  let notice = step.result.status === 'pending' ? (step.result.notice ?? null) : null;
  if (step.queued) {
    const pass = await deps.messages.deliverNow(input.verificationId);
    const outcomes = pass.outcomes.filter((o) => o.kind === 'phone_code').map((o) => o.outcome);
    if (outcomes.includes('retried'))
      notice = 'We could not send the code just now. We will keep trying for a few minutes.';
    if (outcomes.includes('failed')) notice = 'We could not send that just now. Wait a moment and try again.';
  }
  const data = step.result.status === 'pending' && step.result.data ? { data: step.result.data } : {};
  return {
    status: step.result.status,
    notice,
    verificationStatus: step.decision.outcome === 'pending' ? 'opened' : step.decision.outcome,
    ...data,
  };
}

/** The employee chose to finish without the optional proofs left. */
export async function finishVerificationByEmployee(
  deps: VerificationDeps,
  input: { verificationId: string; browser?: BrowserSeen },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const v = await loadSessionVerification(deps, { tx, id: input.verificationId, forUpdate: true });
    if (!v || v.status !== 'opened') throw new ProblemError('invalid_state', 'This verification has ended');
    if (input.browser) await noteActingDevice(deps, { tx, verification: v, browser: input.browser });
    await settleVerification(deps, { tx, verification: v, finishRequested: true });
  });
}
