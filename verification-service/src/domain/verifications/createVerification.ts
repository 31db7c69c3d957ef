import { createHash } from 'node:crypto';
import type { AuditActor, CreateVerificationRequest, Verification } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import { ProblemError } from '../../kernel/ProblemError';
import { getActiveLink } from '../links/getActiveLink';
import { findEmployee } from '../directory/findEmployee';
import { hashSecret, newSecret } from '../../kernel/secrets';
import { destinationOf } from './destinationOf';
import { queueVerificationLink } from './queueVerificationLink';
import { loadVerification } from './loadVerification';
import { loadSessionVerification } from './loadSessionVerification';
import { newMatchCode } from './matchCode';
import { recordVerificationEvent } from './recordVerificationEvent';
import type { VerificationDeps } from './VerificationDeps';
import { claimIdempotencyKey, findIdempotencyKey } from './idempotencyKeysTable';
import { insertVerificationProofs } from './verificationProofsTable';
import { insertVerification } from './verificationsTable';

type CreateInput = z.output<typeof CreateVerificationRequest>;

const requestHash = (body: CreateInput) => createHash('sha256').update(JSON.stringify(body)).digest();

/**
 * Starts a verification: checks the Link, finds the employee, stores the verification with its
 * proofs and a hashed single-use token and queues the link messages in that one transaction, then
 * has the message dispatcher send them at once and answers once the first attempts are recorded
 * (a failed one is retried in the background). With an Idempotency-Key a repeated request (a double
 * click, a retry after a crash) returns the first verification and queues nothing new.
 */
export async function createVerification(
  deps: VerificationDeps,
  input: { orgId: string; body: CreateInput; idempotencyKey: string | undefined; actor?: AuditActor },
): Promise<{ verification: Verification; created: boolean }> {
  const { orgId, body } = input;
  const link = await getActiveLink(deps, deps.db, orgId, body.link_id);
  const channels = body.channels ?? [link.channels[0]!];
  const notAllowed = channels.filter((c) => !link.channels.includes(c));
  if (notAllowed.length > 0) {
    throw new ProblemError('validation_error', `This Link is not sent by ${notAllowed.join(', ')}`, {
      errors: [{ path: ['channels'], message: `allowed: ${link.channels.join(', ')}` }],
    });
  }
  const employee = await findEmployee(deps, { orgId, lookup: body.employee });
  if (!employee)
    throw new ProblemError('employee_not_found', 'No employee in the directory matches that email, login, phone or id');

  const contactsView = { employee, contacts: body.contacts };
  const missing = channels.filter((c) => !destinationOf(contactsView, c));
  if (missing.length > 0) {
    throw new ProblemError(
      'validation_error',
      `The employee has no ${missing.map((c: 'email' | 'sms') => `${body.contacts[c]} ${c === 'email' ? 'email' : 'phone'}`).join(' or ')} on file`,
      {
        errors: [{ path: ['contacts'], message: 'no such contact on file' }],
      },
    );
  }
  for (const requirement of link.proofs) {
    const proof = deps.proofs.get(requirement.type);
    if (!proof)
      throw new ProblemError(
        'proof_unavailable',
        `This service cannot run the ${requirement.type} proof the Link asks for`,
      );
    const problem = proof.precondition?.({ employee, contacts: body.contacts, channels });
    if (problem && requirement.required) throw new ProblemError('validation_error', problem);
  }

  const id = deps.newId('ver');
  const token = newSecret('');
  const now = deps.clock.now();
  const hash = requestHash(body);
  const outcome = await deps.db.transaction(async (tx) => {
    if (input.idempotencyKey) {
      const claimed = await claimIdempotencyKey(deps, {
        tx,
        orgId,
        key: input.idempotencyKey,
        requestHash: hash,
        verificationId: id,
        at: now,
      });
      if (!claimed) {
        const prior = await findIdempotencyKey(deps, { tx, orgId, key: input.idempotencyKey });
        if (!prior || !Buffer.from(prior.request_hash).equals(hash)) {
          throw new ProblemError('idempotency_mismatch', 'This Idempotency-Key was used with a different request body');
        }
        return { existing: prior.verification_id };
      }
    }
    await insertVerification(deps, {
      tx,
      verification: {
        id,
        orgId,
        linkId: link.id,
        employeeId: employee.id,
        agent: body.agent,
        ticket: body.ticket,
        reason: body.reason,
        metadata: body.metadata,
        contacts: body.contacts,
        channels,
        matchCode: newMatchCode(),
        tokenHash: hashSecret(token),
        assuranceRequired: link.assurance,
        expiresAt: new Date(now.getTime() + link.lifetime_seconds * 1000),
        at: now,
      },
    });
    await insertVerificationProofs(deps, { tx, orgId, verificationId: id, proofs: link.proofs, at: now });
    await recordVerificationEvent(deps, {
      tx,
      orgId,
      verificationId: id,
      status: 'pending',
      detail: `Requested by ${body.agent.name} for ${body.ticket.system} ticket ${body.ticket.id}`,
      at: now,
      ...(input.actor ? { actor: input.actor } : {}),
    });
    const session = await loadSessionVerification(deps, { tx, id });
    if (!session) throw new Error(`verification ${id} missing right after insert`);
    await queueVerificationLink(deps, { tx, verification: session, token, channels });
    return { existing: null };
  });

  if (outcome.existing) {
    // A message a crash left queued goes out now rather than at the next background pass.
    await deps.messages.deliverNow(outcome.existing);
    const prior = await loadVerification(deps, { orgId, id: outcome.existing });
    if (!prior) throw new Error(`idempotency key points at missing verification ${outcome.existing}`);
    return { verification: prior, created: false };
  }
  await deps.messages.deliverNow(id);
  const created = await loadVerification(deps, { orgId, id });
  if (!created) throw new Error(`verification ${id} missing after sending`);
  return { verification: created, created: true };
}
