import type { Verification } from '@helpdesk-verify/core-client/schemas';
import type { HttpRequest } from '@helpdesk-verify/core-client/client';
import type { TaskNotes, VerificationRecords } from '../ports';
import { createVerificationRequest, type VerificationInput } from './createVerificationRequest';
import { readVerificationAnswer } from './readVerificationAnswer';
import type { SyncTransport } from './restMessageTransport';
import { verificationSentNote } from './verificationSentNote';

/** What a Verify identity click needs besides the agent's input. */
export interface StartVerificationDeps {
  transport: SyncTransport;
  records: VerificationRecords;
  notes: TaskNotes;
  /** Current time as ISO 8601 (pass the clock in). */
  now: () => string;
}

/** The outcome shown to the agent. */
export type StartVerificationResult =
  { ok: true; verification: Verification; note: string } | { ok: false; message: string };

/**
 * Creates the verification on the service (over the synchronous transport), records it in the
 * verification table linked to the task, the employee and the agent, and writes the
 * "verification sent" work note. Service and network failures become a message, never a throw.
 */
export const startVerification = (
  input: VerificationInput & { employeeSysId: string | null },
  deps: StartVerificationDeps,
): StartVerificationResult => {
  let request: HttpRequest;
  try {
    request = createVerificationRequest(input);
  } catch (error) {
    return {
      ok: false,
      message: 'The request is not valid: ' + (error instanceof Error ? error.message : String(error)),
    };
  }
  const sent = deps.transport(request);
  if (!sent.answered) {
    return {
      ok: false,
      message: sent.timedOut
        ? 'The verification service did not answer in time. Try again in a moment.'
        : 'The verification service could not be reached: ' + sent.message,
    };
  }
  const answer = readVerificationAnswer(sent.response);
  if (!answer.ok) return answer;
  const verification = answer.verification;
  const note = verificationSentNote(verification);
  // A repeated click with the same Idempotency-Key answers with the same verification: record and note it once.
  if (deps.records.findByVerificationId(verification.id)) return { ok: true, verification, note };
  deps.records.insert({
    verificationId: verification.id,
    task: input.task,
    employeeSysId: input.employeeSysId,
    agentSysId: input.agent.sysId,
    linkId: verification.link_id,
    channels: verification.deliveries.map((d) => d.channel).join(',') || input.channels.join(','),
    status: verification.status,
    matchCode: verification.match_code,
    riskScore: verification.risk ? verification.risk.score : null,
    riskReasons: '',
    outcomeReason: verification.outcome_reason ?? '',
    assuranceReached: verification.assurance_reached ?? '',
    requestedAt: deps.now(),
    completedAt: null,
  });
  deps.notes.addWorkNote(input.task, note);
  return { ok: true, verification, note };
};
