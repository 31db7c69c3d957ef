import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { formatVerificationResult } from '@helpdesk-verify/core-client/format';
import type { RequestJira } from '../AppDeps';
import { addResultComment, type ResultCommentRoute } from '../jira/addResultComment';
import { getIssueSummary } from '../jira/getIssueSummary';
import { getVerificationProperty, setVerificationProperty } from '../jira/VerificationProperty';
import type { CommentProgress } from './commentProgress';

/** What {@link applyTrustCheckEvent} did. */
export interface AppliedEvent {
  issueKey: string;
  /** Which API carried the internal comment; `earlier_attempt` when a failed attempt of this delivery wrote it. */
  comment: ResultCommentRoute | 'earlier_attempt';
  /** False when a newer verification of the issue owns the property (the comment is still added). */
  propertyUpdated: boolean;
}

/** Options of {@link applyTrustCheckEvent}. */
export interface ApplyTrustCheckEventOptions {
  asApp: RequestJira;
  event: TrustCheckEvent;
  now: Date;
  /** This delivery's comment step, so a retry after a failed property write does not comment twice. */
  progress: CommentProgress;
}

/**
 * Writes a verified result onto its issue: the shared formatted text as an internal comment, and the
 * indexed issue property, unless the property already tracks a newer verification of the same issue.
 * Throws a `JiraRequestError` when Jira refuses or fails.
 */
export const applyTrustCheckEvent = async ({
  asApp,
  event,
  now,
  progress,
}: ApplyTrustCheckEventOptions): Promise<AppliedEvent> => {
  const issue = await getIssueSummary(asApp, event.ticket.id);
  let comment: AppliedEvent['comment'] = 'earlier_attempt';
  if (!(await progress.commented())) {
    comment = await addResultComment(asApp, issue, formatVerificationResult(event));
    await progress.markCommented();
  }
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
  return { issueKey: issue.key, comment, propertyUpdated };
};
