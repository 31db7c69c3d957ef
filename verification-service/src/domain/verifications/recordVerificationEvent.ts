import type { AuditActor } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { insertVerificationEvent } from './verificationEventsTable';
import { findVerificationEmployeeId } from './verificationsTable';
import { appendAuditEntry } from '../audit/appendAuditEntry';

/** Timeline statuses the employee causes on the verification page. */
const EMPLOYEE_EVENTS = new Set(['opened', 'proof_passed', 'proof_failed', 'reported']);

/** `pending` is the event of creation. */
const actionOf = (status: string) => `verification.${status === 'pending' ? 'created' : status}`;

/**
 * Appends one entry to a verification's timeline and the matching `verification.<event>` entry to
 * the audit log, in the caller's transaction. The audit entry names the actor (the caller's key or
 * user when given; else the employee for what happens on the page, the service for the rest) and
 * keeps no personal detail: the timeline text stays with the verification.
 */
export async function recordVerificationEvent(
  ctx: Pick<AppContext, 'db'>,
  input: {
    tx?: Queryable;
    orgId: string;
    verificationId: string;
    status: string;
    detail: string | null;
    at: Date;
    actor?: AuditActor;
  },
): Promise<void> {
  const tx = input.tx ?? ctx.db;
  await insertVerificationEvent(ctx, { ...input, tx });
  let actor = input.actor;
  if (!actor && EMPLOYEE_EVENTS.has(input.status)) {
    const employeeId = await findVerificationEmployeeId(ctx, { tx, orgId: input.orgId, id: input.verificationId });
    actor = { type: 'employee', id: employeeId, label: 'employee' };
  }
  const proofType = input.status.startsWith('proof_') ? /^([a-z_]+):/.exec(input.detail ?? '')?.[1] : undefined;
  await appendAuditEntry({ clock: { now: () => input.at } }, tx, {
    orgId: input.orgId,
    actor: actor ?? { type: 'system', id: null, label: 'system' },
    action: actionOf(input.status),
    target: { type: 'verification', id: input.verificationId },
    details: proofType ? { proof: proofType } : {},
    at: input.at,
  });
}
