import { formatVerificationResult } from '@helpdesk-verify/core-client/receiver';
import type { ApplyResult, TrustCheckEvent } from '@helpdesk-verify/core-client/receiver';
import type { TaskNotes, VerificationRecords } from '../ports';
import { mapEventToRecord } from './mapEventToRecord';

/** The tables a result is written to. */
export interface ApplyTargets {
  records: VerificationRecords;
  notes: TaskNotes;
}

/**
 * Writes one verified `trust_check.*` event onto the instance: the verification row's status, risk
 * and outcome, then the shared result text as a work note on its task. Both writes are repeatable,
 * so when the note fails after the row was updated the receiver releases the claim and the
 * service's retry writes the row again (same values) and the note once.
 *
 * An event for a verification this instance never started, or whose task is gone, is `ignored`
 * (retrying would not change that); a write the platform refused throws.
 */
export const applyTrustCheckEvent = (event: TrustCheckEvent, targets: ApplyTargets): ApplyResult => {
  const record = targets.records.findByVerificationId(event.session_id);
  if (!record)
    return { result: 'ignored', detail: 'No verification ' + event.session_id + ' was started from this instance' };
  targets.records.update(event.session_id, mapEventToRecord(event));
  const written = targets.notes.addWorkNote(record.task, formatVerificationResult(event).plainText);
  if (!written)
    return {
      result: 'ignored',
      detail: 'The task ' + record.task.table + ' ' + record.task.sysId + ' no longer exists',
    };
  return { result: 'applied', detail: 'Written to ' + record.task.number };
};
