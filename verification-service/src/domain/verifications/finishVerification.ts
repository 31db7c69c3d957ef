import type { Assurance, AuditActor } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { scoreRisk } from '../risk/scoreRisk';
import { deviceRiskSignals } from './deviceRiskSignals';
import { enqueueEvent } from '../webhooks/enqueueEvent';
import { buildTrustCheckEvent, EVENT_OF_STATUS } from './buildTrustCheckEvent';
import { loadVerification } from './loadVerification';
import { recordVerificationEvent } from './recordVerificationEvent';
import type { VerificationRow } from './verificationRows';

export type FinalStatus = 'passed' | 'failed' | 'expired' | 'cancelled';

/**
 * Ends a verification inside `tx`: the status, the risk score, the timeline entry and the webhook
 * messages (`trust_check.completed`, `.failed`, `.expired` or `.cancelled`) are written in that one
 * transaction, so no event is lost and none is sent for a change that rolled back. The link then
 * only shows that it has ended. Returns false when it had already ended.
 */
export async function finishVerification(
  ctx: AppContext,
  tx: Queryable,
  input: {
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
  const now = ctx.clock.now();
  const [row] = await tx.query<
    VerificationRow & {
      employee_status: string;
      recent: number;
      failures: number;
      usual_countries: string[];
      location_asked: boolean;
      reported: boolean;
      recent_hour: number;
    }
  >(
    `SELECT v.*, e.status AS employee_status,
            (SELECT count(*)::int FROM verifications o WHERE o.org_id = v.org_id AND o.employee_id = v.employee_id AND o.created_at > $3) AS recent,
            (SELECT count(*)::int FROM verifications h WHERE h.org_id = v.org_id AND h.employee_id = v.employee_id AND h.created_at > $4) AS recent_hour,
            (SELECT coalesce(sum(p.attempts), 0)::int FROM verification_proofs p WHERE p.verification_id = v.id) AS failures,
            (SELECT coalesce(array_agg(DISTINCT u.location->>'country' ORDER BY u.location->>'country'), '{}'::text[]) FROM verifications u
              WHERE u.org_id = v.org_id AND u.employee_id = v.employee_id AND u.id <> v.id AND u.status = 'passed' AND u.location->>'country' IS NOT NULL) AS usual_countries,
            EXISTS (SELECT 1 FROM verification_proofs lp WHERE lp.verification_id = v.id AND lp.type = 'location') AS location_asked,
            EXISTS (SELECT 1 FROM verification_events r WHERE r.org_id = v.org_id AND r.verification_id = v.id AND r.status = 'reported') AS reported
       FROM verifications v JOIN employees e ON e.id = v.employee_id
      WHERE v.org_id = $1 AND v.id = $2 FOR UPDATE OF v`,
    [input.orgId, input.verificationId, new Date(now.getTime() - 86_400_000), new Date(now.getTime() - 3_600_000)],
  );
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
  await tx.query(
    `UPDATE verifications SET status = $3, outcome_reason = $4, assurance_reached = $5, risk = $6, completed_at = $7, updated_at = $7
      WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.verificationId, input.status, input.reason, input.assuranceReached, JSON.stringify(risk), now],
  );
  await tx.query(
    `UPDATE verification_proofs SET status = 'skipped', updated_at = $2 WHERE verification_id = $1 AND status = 'pending'`,
    [input.verificationId, now],
  );
  await tx.query('DELETE FROM employee_sessions WHERE verification_id = $1 AND expires_at < $2', [
    input.verificationId,
    now,
  ]);
  await recordVerificationEvent(tx, {
    orgId: input.orgId,
    verificationId: input.verificationId,
    status: input.status,
    detail: input.reason,
    at: now,
    ...(input.actor ? { actor: input.actor } : {}),
  });

  const eventType = EVENT_OF_STATUS[input.status];
  if (eventType) {
    const view = await loadVerification(tx, input.orgId, input.verificationId);
    if (!view) throw new Error(`verification ${input.verificationId} vanished inside its own transaction`);
    // A cancellation says who cancelled (the caller's key or console user; the service when none).
    const cancelledBy =
      input.status === 'cancelled' ? (input.actor ?? { type: 'system' as const, id: null, label: 'system' }) : null;
    const payload = buildTrustCheckEvent(eventType, view, row, now, { cancelledBy });
    await enqueueEvent(tx, ctx, { orgId: input.orgId, eventType, verificationId: input.verificationId, payload });
    if (input.alert) {
      const alert = buildTrustCheckEvent('trust_check.alert', view, row, now, { alert: input.alert });
      await enqueueEvent(tx, ctx, {
        orgId: input.orgId,
        eventType: 'trust_check.alert',
        verificationId: input.verificationId,
        payload: alert,
      });
    }
  }
  return true;
}
