import type { Queryable } from '../../kernel/database';
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
import { findVerificationIdByTokenHash, markVerificationOpened } from './verificationsTable';

export const LINK_TOKEN = /^[0-9A-Za-z]{43}$/;

export type LinkState =
  | { kind: 'usable'; verification: SessionVerification }
  | { kind: 'unknown' }
  | { kind: 'used'; verification: SessionVerification }
  | { kind: 'ended'; verification: SessionVerification };

/** What a link token points at, without changing anything (mail scanners open links too). */
export async function inspectLinkToken(
  deps: VerificationDeps,
  input: { tx?: Queryable; token: string; forUpdate?: boolean },
): Promise<LinkState> {
  if (!LINK_TOKEN.test(input.token)) return { kind: 'unknown' };
  const db = input.tx ?? deps.db;
  const id = await findVerificationIdByTokenHash(deps, { tx: db, tokenHash: hashSecret(input.token) });
  if (!id) return { kind: 'unknown' };
  const verification = await loadSessionVerification(deps, {
    tx: db,
    id,
    ...(input.forUpdate ? { forUpdate: true } : {}),
  });
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
    const state = await inspectLinkToken(deps, { tx, token: input.token, forUpdate: true });
    if (state.kind !== 'usable') return state;
    const v = state.verification;
    const now = deps.clock.now();
    await markVerificationOpened(deps, { tx, id: v.id, at: now });
    await noteOpeningDevice(deps, {
      tx,
      verification: { id: v.id, orgId: v.orgId, employeeId: v.employee.id },
      browser: { userAgent: input.userAgent, deviceCookie: input.deviceCookie },
    });
    await recordVerificationEvent(deps, {
      tx,
      orgId: v.orgId,
      verificationId: v.id,
      status: 'opened',
      detail: v.status === 'opened' ? 'Link opened again' : 'The employee started the verification',
      at: now,
    });
    const session = await createEmployeeSession(deps, {
      tx,
      orgId: v.orgId,
      verificationId: v.id,
      expiresAt: v.expiresAt,
      userAgent: input.userAgent,
    });
    for (const proof of await loadProofRecords(deps, { tx, verificationId: v.id })) {
      const definition = deps.proofs.get(proof.type);
      if (proof.status !== 'pending' || !definition?.onStart) continue;
      const result = await definition.onStart({
        ctx: deps,
        tx,
        verification: v,
        proof,
        request: { userAgent: input.userAgent, ip: null },
        services: proofServicesFor(deps, { tx, verification: v }),
      });
      if (result)
        await applyProofStep(deps, { tx, orgId: v.orgId, verificationId: v.id, type: proof.type, result, at: now });
    }
    await settleVerification(deps, { tx, verification: v, finishRequested: false });
    return { kind: 'started', cookie: session.value, expiresAt: session.expiresAt };
  });
}
