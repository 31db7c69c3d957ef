import type { Assurance, AuditActor } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { scoreRisk } from '../risk/scoreRisk';
import { deviceRiskSignals } from './deviceRiskSignals';
import { enqueueEvent } from '../webhooks/enqueueEvent';
import { buildTrustCheckEvent, EVENT_OF_STATUS } from './buildTrustCheckEvent';
import { loadVerification } from './loadVerification';
import { recordVerificationEvent } from './recordVerificationEvent';
import { deleteExpiredSessionsOfVerification } from '../employeeSessions/employeeSessionsTable';
import { skipPendingProofs } from './verificationProofsTable';
import { lockVerificationForFinish, markVerificationFinished } from './verificationsTable';

export type FinalStatus = 'passed' | 'failed' | 'expired' | 'cancelled';

/**
 * Ends a verification inside `tx`: the status, the risk score, the timeline entry and the webhook
 * messages (`trust_check.completed`, `.failed`, `.expired` or `.cancelled`) are written in that one
 * transaction, so no event is lost and none is sent for a change that rolled back. The link then
 * only shows that it has ended. Returns false when it had already ended.
 */
export async function finishVerification(
  ctx: AppContext,
  input: {
    tx: Queryable;
    orgId: string;
    verificationId: string;
    status: FinalStatus;
    reason: string | null;
    assuranceReached: Assurance | null;
    /** Also raise `trust_check.alert` with this alert (the employee reported the verification). */
    alert?: { code: string; message: string };
    /** Who ended it, for the audit log (the caller that cancelled); the service otherwise. */
    actor?: AuditActor;
  },
): Promise<boolean> {
  const { tx } = input;
  const now = ctx.clock.now();
  const row = await lockVerificationForFinish(ctx, {
    tx,
    orgId: input.orgId,
    id: input.verificationId,
    dayAgo: new Date(now.getTime() - 86_400_000),
    hourAgo: new Date(now.getTime() - 3_600_000),
  });
  if (!row || !['pending', 'opened'].includes(row.status)) return false;

  const risk = scoreRisk({
    outcome: input.status,
    failedAttempts: row.failures,
    personalContactUsed: row.channels.some((c) => row.contacts[c] === 'personal'),
    employeeDisabled: row.employee_status === 'disabled',
    verificationsForEmployeeLast24h: row.recent,
    secondsToComplete: row.opened_at ? Math.round((now.getTime() - row.opened_at.getTime()) / 1000) : null,
    locationCountry: row.location?.country ?? null,
    usualCountries: row.usual_countries,
    locationAsked: row.location_asked,
    reportedByEmployee: row.reported,
    ...deviceRiskSignals(row.device, row.recent_hour),
  });
  await markVerificationFinished(ctx, {
    tx,
    orgId: input.orgId,
    id: input.verificationId,
    status: input.status,
    reason: input.reason,
    assuranceReached: input.assuranceReached,
    risk,
    at: now,
  });
  await skipPendingProofs(ctx, { tx, verificationId: input.verificationId, at: now });
  await deleteExpiredSessionsOfVerification(ctx, { tx, verificationId: input.verificationId, before: now });
  await recordVerificationEvent(ctx, {
    tx,
    orgId: input.orgId,
    verificationId: input.verificationId,
    status: input.status,
    detail: input.reason,
    at: now,
    ...(input.actor ? { actor: input.actor } : {}),
  });

  const eventType = EVENT_OF_STATUS[input.status];
  if (eventType) {
    const view = await loadVerification(ctx, { tx, orgId: input.orgId, id: input.verificationId });
    if (!view) throw new Error(`verification ${input.verificationId} vanished inside its own transaction`);
    // A cancellation says who cancelled (the caller's key or console user; the service when none).
    const cancelledBy =
      input.status === 'cancelled' ? (input.actor ?? { type: 'system' as const, id: null, label: 'system' }) : null;
    const payload = buildTrustCheckEvent(eventType, view, row, now, { cancelledBy });
    await enqueueEvent(ctx, { tx, orgId: input.orgId, eventType, verificationId: input.verificationId, payload });
    if (input.alert) {
      const alert = buildTrustCheckEvent('trust_check.alert', view, row, now, { alert: input.alert });
      await enqueueEvent(ctx, {
        tx,
        orgId: input.orgId,
        eventType: 'trust_check.alert',
        verificationId: input.verificationId,
        payload: alert,
      });
    }
  }
  return true;
}
