import type { ProofServices } from '../proofs/framework/ProofDefinition';
import type { Queryable } from '../../kernel/database';
import { maskPhone } from '../notifications/maskPhone';
import { enqueueMessage } from '../notifications/queue/enqueueMessage';
import { supersedeQueuedMessages } from '../notifications/queue/supersedeQueuedMessages';
import type { SessionVerification } from './loadSessionVerification';
import type { VerificationDeps } from './VerificationDeps';
import { mergeVerificationDevice, setVerificationLocation } from './verificationsTable';

/**
 * The services a proof step of `verification` may use inside `tx`; `queued()` says whether it queued
 * a message, which the caller then has sent once the transaction commits.
 */
export function proofServicesFor(
  deps: VerificationDeps,
  input: { tx: Queryable; verification: SessionVerification },
): ProofServices & { queued(): boolean } {
  const { tx, verification } = input;
  let queued = false;
  return {
    async queueSms(message, options) {
      await supersedeQueuedMessages(deps, {
        tx,
        verificationId: verification.id,
        kind: 'phone_code',
        reason: 'Replaced by a newer code before it could be sent',
      });
      await enqueueMessage(deps, {
        tx,
        orgId: verification.orgId,
        verificationId: verification.id,
        kind: 'phone_code',
        contact: verification.contacts.sms,
        destination: maskPhone(message.to),
        message: { channel: 'sms', ...message },
        expiresAt: options.expiresAt,
      });
      queued = true;
    },
    noteDevice: (facts) => mergeVerificationDevice(deps, { tx, orgId: verification.orgId, id: verification.id, facts }),
    noteLocation: (location) =>
      setVerificationLocation(deps, { tx, orgId: verification.orgId, id: verification.id, location }),
    queued: () => queued,
  };
}
