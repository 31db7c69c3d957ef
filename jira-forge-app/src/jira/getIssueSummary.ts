import { route } from '@forge/api';
import type { RequestJira } from '../AppDeps';
import { readJira } from './readJira';

/** What the app needs to know about an issue. */
export interface IssueSummary {
  id: string;
  key: string;
  summary: string;
  /** A Jira Service Management request (its project type is `service_desk`). */
  isServiceDesk: boolean;
  reporter: { accountId: string; displayName: string; email: string | null } | null;
}

interface IssueBean {
  id: string;
  key: string;
  fields: {
    summary?: string;
    project?: { projectTypeKey?: string };
    reporter?: { accountId: string; displayName?: string; emailAddress?: string } | null;
  };
}

/** `GET /rest/api/3/issue/{key}` with only the fields used (summary, project, reporter). */
export const getIssueSummary = async (jira: RequestJira, issueIdOrKey: string): Promise<IssueSummary> => {
  const issue = await readJira<IssueBean>(
    'getIssue',
    await jira(route`/rest/api/3/issue/${issueIdOrKey}?fields=${'summary,project,reporter'}`, {
      headers: { Accept: 'application/json' },
    }),
  );
  const reporter = issue.fields.reporter;
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.fields.summary ?? '',
    isServiceDesk: issue.fields.project?.projectTypeKey === 'service_desk',
    reporter: reporter
      ? { accountId: reporter.accountId, displayName: reporter.displayName ?? '', email: reporter.emailAddress ?? null }
      : null,
  };
};
