import { hashSecret } from '../../kernel/secrets';
import { createEmployeeSession } from '../employeeSessions/employeeSessions';
import { applyProofStep } from './applyProofStep';
import { loadProofRecords } from './loadProofRecords';
import { loadSessionVerification, type SessionVerification } from './loadSessionVerification';
import { noteOpeningDevice } from './noteDevice';
import { proofServicesFor } from './proofServicesFor';
import { recordVerificationEvent } from './recordVerificationEvent';
import { settleVerification } from './settleVerification';
import type { VerificationDeps } from './VerificationDeps';

export const LINK_TOKEN = /^[0-9A-Za-z]{43}$/;

export type LinkState =
  | { kind: 'usable'; verification: SessionVerification }
  | { kind: 'unknown' }
  | { kind: 'used'; verification: SessionVerification }
  | { kind: 'ended'; verification: SessionVerification };

/** What a link token points at, without changing anything (mail scanners open links too). */
export async function inspectLinkToken(
  deps: VerificationDeps,
  token: string,
  options: { forUpdate?: boolean; tx?: Parameters<typeof loadSessionVerification>[0] } = {},
): Promise<LinkState> {
  if (!LINK_TOKEN.test(token)) return { kind: 'unknown' };
  const db = options.tx ?? deps.db;
  const [row] = await db.query<{ id: string }>('SELECT id FROM verifications WHERE token_hash = $1', [
    hashSecret(token),
  ]);
  if (!row) return { kind: 'unknown' };
  const verification = await loadSessionVerification(db, row.id, options.forUpdate ? { forUpdate: true } : {});
  if (!verification) return { kind: 'unknown' };
  const live =
    (verification.status === 'pending' || verification.status === 'opened') &&
    verification.expiresAt > deps.clock.now();
  if (!live) return { kind: 'ended', verification };
  if (verification.singleUse && verification.tokenUsedAt) return { kind: 'used', verification };
  return { kind: 'usable', verification };
}

/**
 * The employee pressed start: the token becomes a session cookie (a single-use Link's token is spent),
 * the verification is opened and the proofs that pass by the start itself (link possession) are run.
 */
export async function startVerificationSession(
  deps: VerificationDeps,
  input: { token: string; userAgent: string | null; deviceCookie?: string | null },
): Promise<{ kind: 'started'; cookie: string; expiresAt: Date } | Exclude<LinkState, { kind: 'usable' }>> {
  return deps.db.transaction(async (tx) => {
    const state = await inspectLinkToken(deps, input.token, { forUpdate: true, tx });
    if (state.kind !== 'usable') return state;
    const v = state.verification;
    const now = deps.clock.now();
    await tx.query(
      `UPDATE verifications SET status = 'opened', token_used_at = coalesce(token_used_at, $2), opened_at = coalesce(opened_at, $2), updated_at = $2
        WHERE id = $1`,
      [v.id, now],
    );
    await noteOpeningDevice(
      tx,
      { id: v.id, orgId: v.orgId, employeeId: v.employee.id },
      { userAgent: input.userAgent, deviceCookie: input.deviceCookie },
    );
    await recordVerificationEvent(tx, {
      orgId: v.orgId,
      verificationId: v.id,
      status: 'opened',
      detail: v.status === 'opened' ? 'Link opened again' : 'The employee started the verification',
      at: now,
    });
    const session = await createEmployeeSession(deps, tx, {
      orgId: v.orgId,
      verificationId: v.id,
      expiresAt: v.expiresAt,
      userAgent: input.userAgent,
    });
    for (const proof of await loadProofRecords(tx, v.id)) {
      const definition = deps.proofs.get(proof.type);
      if (proof.status !== 'pending' || !definition?.onStart) continue;
      const result = await definition.onStart({
        ctx: deps,
        tx,
        verification: v,
        proof,
        request: { userAgent: input.userAgent, ip: null },
        services: proofServicesFor(deps, tx, v),
      });
      if (result) await applyProofStep(tx, { orgId: v.orgId, verificationId: v.id, type: proof.type, result, at: now });
    }
    await settleVerification(deps, tx, v, { finishRequested: false });
    return { kind: 'started', cookie: session.value, expiresAt: session.expiresAt };
  });
}
