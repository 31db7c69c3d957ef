import type { Verification } from '@helpdesk-verify/core-client/schemas';
import type { TicketGateInput } from '@helpdesk-verify/core-client/receiver';
import type { IssueSummary } from '../jira/getIssueSummary';

/** Metadata key under which a verification records the Jira account id of the issue's reporter when it started. */
export const REPORTER_ACCOUNT_METADATA_KEY = 'jira_reporter_account_id';

/** Options of {@link issueGateInput}. */
export interface IssueGateInputOptions {
  /** The issue as it is now: its current reporter (the JSM customer) is the one who must have passed. */
  issue: Pick<IssueSummary, 'reporter'>;
  /** The issue's verifications, from the service. */
  verifications: readonly Verification[];
  now: Date;
  maxAgeMinutes: number | null;
}

/**
 * The input of core-client's `decideTicketGate` for a Jira issue. The reporter is compared by email when Jira
 * shows it; when the site hides it, by account id, against the reporter each verification recorded when it
 * started (verifications that recorded none never match). An issue without a reporter accepts any employee.
 */
export const issueGateInput = ({
  issue,
  verifications,
  now,
  maxAgeMinutes,
}: IssueGateInputOptions): TicketGateInput => {
  const reporter = issue.reporter;
  const byEmail = reporter === null || reporter.email !== null;
  return {
    employee: reporter === null ? null : (reporter.email ?? reporter.accountId),
    verifications: verifications.map((v) => ({
      verificationId: v.id,
      status: v.status,
      employee: byEmail ? v.employee.email : (v.metadata[REPORTER_ACCOUNT_METADATA_KEY] ?? null),
      requestedAt: v.created_at,
      completedAt: v.completed_at,
    })),
    now,
    maxAgeMinutes,
  };
};
