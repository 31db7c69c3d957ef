import { toAdf, type FormattedVerificationResult } from '@helpdesk-verify/core-client/format';
import type { RequestJira } from '../AppDeps';
import { addInternalIssueComment } from './addInternalIssueComment';
import { addRequestComment } from './addRequestComment';
import type { IssueSummary } from './getIssueSummary';

/** Which API carried the comment. */
export type ResultCommentRoute = 'request_comment' | 'issue_comment';

/**
 * Adds the formatted result as an internal comment. On a JSM customer request: the servicedesk request comment
 * with `public: false`. On an issue of a service project that is not a customer request (the servicedesk API
 * answers 404), and on every other issue: the platform comment in ADF, kept internal by the
 * `sd.public.comment` property, so a result reaches every issue and is never shown to the customer.
 */
export const addResultComment = async (
  jira: RequestJira,
  issue: Pick<IssueSummary, 'key' | 'isServiceDesk'>,
  result: FormattedVerificationResult,
): Promise<ResultCommentRoute> => {
  if (issue.isServiceDesk && (await addRequestComment(jira, issue.key, result.plainText)) === 'added')
    return 'request_comment';
  await addInternalIssueComment(jira, issue.key, toAdf(result.blocks));
  return 'issue_comment';
};
