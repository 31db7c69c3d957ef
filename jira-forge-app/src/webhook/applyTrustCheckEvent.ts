import { formatVerificationResult, type TrustCheckEvent } from '@helpdesk-verify/core-client';
import type { RequestJira } from '../AppDeps';
import { addResultComment } from '../jira/addResultComment';
import { getIssueSummary } from '../jira/getIssueSummary';
import { getVerificationProperty, setVerificationProperty } from '../jira/VerificationProperty';

/** What {@link applyTrustCheckEvent} did. */
export interface AppliedEvent {
  issueKey: string;
  /** False when a newer verification of the issue owns the property (the comment is still added). */
  propertyUpdated: boolean;
}

/**
 * Writes a verified result onto its issue: the shared formatted text as an internal comment, and the
 * indexed issue property, unless the property already tracks a newer verification of the same issue.
 */
export const applyTrustCheckEvent = async (asApp: RequestJira, event: TrustCheckEvent, now: Date): Promise<AppliedEvent> => {
  const issue = await getIssueSummary(asApp, event.ticket.id);
  await addResultComment(asApp, issue, formatVerificationResult(event));
  const current = await getVerificationProperty(asApp, issue.key);
  const propertyUpdated = current === null || current.verificationId === event.session_id;
  if (propertyUpdated) {
    await setVerificationProperty(asApp, issue.key, {
      verificationId: event.session_id,
      status: event.status,
      riskScore: event.risk.score,
      matchCode: event.match_code,
      updatedAt: now.toISOString(),
    });
  }
  return { issueKey: issue.key, propertyUpdated };
};
