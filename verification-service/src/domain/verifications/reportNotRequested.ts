import { finishVerification } from './finishVerification';
import { loadSessionVerification } from './loadSessionVerification';
import { recordVerificationEvent } from './recordVerificationEvent';
import { verificationWasReported } from './verificationEventsTable';
import type { VerificationDeps } from './VerificationDeps';

/** The alert `trust_check.alert` carries when the employee reports a verification. */
export const NOT_REQUESTED_ALERT = {
  code: 'not_requested_by_employee',
  message:
    'The employee says they did not request this verification. Someone may be impersonating them to the help desk: do not act on the request, contact the employee through a channel you already know, and tell the security team.',
} as const;

export const NOT_REQUESTED_REASON = 'The employee reported that they did not request this verification';

export type ReportOutcome =
  { kind: 'reported' } | { kind: 'already_reported' } | { kind: 'ended'; status: string } | { kind: 'unknown' };

/**
 * "I did not request this": fails the open verification at once (timeline `reported`, then `failed`
 * with the reason), raises the risk and emits `trust_check.failed` and `trust_check.alert`, all in one
 * transaction. Works once: a second press, or a press after the verification ended, changes nothing.
 */
export async function reportNotRequested(
  deps: VerificationDeps,
  input: { verificationId: string; via: 'link' | 'session' },
): Promise<ReportOutcome> {
  return deps.db.transaction(async (tx) => {
    const v = await loadSessionVerification(deps, { tx, id: input.verificationId, forUpdate: true });
    if (!v) return { kind: 'unknown' };
    if (await verificationWasReported(deps, { tx, orgId: v.orgId, verificationId: v.id }))
      return { kind: 'already_reported' };
    const now = deps.clock.now();
    if ((v.status !== 'pending' && v.status !== 'opened') || v.expiresAt <= now)
      return { kind: 'ended', status: v.status === 'pending' || v.status === 'opened' ? 'expired' : v.status };
    await recordVerificationEvent(deps, {
      tx,
      orgId: v.orgId,
      verificationId: v.id,
      status: 'reported',
      detail: `The employee pressed "I did not request this" on ${input.via === 'link' ? 'the page the link opens' : 'the verification page'}`,
      at: now,
    });
    const finished = await finishVerification(deps, {
      tx,
      orgId: v.orgId,
      verificationId: v.id,
      status: 'failed',
      reason: NOT_REQUESTED_REASON,
      assuranceReached: null,
      alert: NOT_REQUESTED_ALERT,
    });
    if (!finished) throw new Error(`verification ${v.id} ended inside its own locked transaction`);
    return { kind: 'reported' };
  });
}
